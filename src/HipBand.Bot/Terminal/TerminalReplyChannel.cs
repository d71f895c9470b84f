using HipBand.Bot.Reminders;
using HipBand.Coaching.Chats;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Terminal;

/// <summary>Reminders and rest nudges print in the terminal while it runs (its own chat only).</summary>
internal sealed class TerminalReplyChannel(TerminalChat chat) : IReplyChannel
{
    public IReadOnlyList<OutboxMessage> Render(long chatId, Outcome outcome) => [];

    public void Deliver(long chatId, TurnResult turn) => chat.Show(chatId, turn.Outcome.Replies);
}
