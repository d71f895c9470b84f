using HipBand.Bot.Delivery;
using HipBand.Bot.Operations;
using HipBand.Bot.Turns;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Text;

namespace HipBand.Bot.Telegram;

/// <summary>Applies one update: a dialog turn, the one line for a group, or the person blocking the bot.</summary>
internal sealed partial class UpdateProcessor(
    TurnPipeline turns, ChatDeactivation deactivation, ChatStore store, OutboxSender sender, ITexts texts, BotMetrics metrics, ILogger<UpdateProcessor> logger)
{
    public async Task ProcessAsync(InboundUpdate inbound, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyAsync(inbound, cancellationToken).ConfigureAwait(false);
            metrics.UpdateHandled(Kind(inbound));
        }
        catch (Exception error) when (error is not OperationCanceledException && inbound is DialogUpdate)
        {
            // A bug in handling one message must not block the chat forever: apologise, and move on from it.
            LogUpdateFailed(logger, inbound.UpdateId, inbound.ChatId, error);
            var sorry = ReplyRenderer.PlainMessage(inbound.ChatId, texts.SomethingWentWrong);
            sender.Enqueue(await turns.SkipAsync(inbound.ChatId, inbound.UpdateId, [sorry], cancellationToken).ConfigureAwait(false));
            metrics.UpdateHandled("failed");
        }
    }

    private static string Kind(InboundUpdate inbound) => inbound switch
    {
        DialogUpdate => "dialog",
        GroupUpdate => "group",
        BlockedUpdate => "blocked",
        _ => "ignored",
    };

    private async Task ApplyAsync(InboundUpdate inbound, CancellationToken cancellationToken)
    {
        switch (inbound)
        {
            case DialogUpdate dialog:
                await turns.HandleAsync(dialog.ChatId, dialog.Input, new TurnSource(dialog.UpdateId, Pressed: dialog.Callback), cancellationToken).ConfigureAwait(false);
                break;

            case GroupUpdate group:
                // A press in a group was answered with the same words as it arrived.
                IReadOnlyList<OutboxMessage> replies = group.CallbackQueryId is null ? [ReplyRenderer.PlainMessage(group.ChatId, texts.PrivateChatOnly)] : [];
                var report = await store.WriteAsync(new TurnWrite(group.ChatId, null, null, [], replies, group.UpdateId), cancellationToken).ConfigureAwait(false);
                sender.Enqueue(report.Queued);
                break;

            case BlockedUpdate blocked:
                var deactivated = await deactivation.DeactivateAsync(blocked.ChatId, cancellationToken).ConfigureAwait(false);
                LogBlocked(logger, blocked.ChatId, deactivated.Dropped);
                await RecordAsync(blocked, cancellationToken).ConfigureAwait(false);
                break;

            default:
                await RecordAsync(inbound, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>An update that changes no chat is still recorded as applied, which takes it out of the inbox.</summary>
    private async Task RecordAsync(InboundUpdate inbound, CancellationToken cancellationToken)
    {
        await store.WriteAsync(new TurnWrite(inbound.ChatId, null, null, [], [], inbound.UpdateId), cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Update {UpdateId} of chat {ChatId} could not be handled; the person was asked to send it again")]
    private static partial void LogUpdateFailed(ILogger logger, long updateId, long chatId, Exception error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat {ChatId} blocked the bot; marked inactive, {Dropped} waiting message(s) dropped")]
    private static partial void LogBlocked(ILogger logger, long chatId, int dropped);
}
