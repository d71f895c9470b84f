using Telegram.Bot.Types;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Telegram;

/// <summary>Handles a batch of updates: one chat's strictly in order, different chats concurrently up to a bound.</summary>
internal sealed class ChatLanes(UpdateProcessor processor, IOptions<TelegramOptions> options)
{
    public Task ProcessAsync(IReadOnlyList<Update> batch, CancellationToken cancellationToken)
    {
        var lanes = batch
            .Select(UpdateMapper.Map)
            .GroupBy(update => update.ChatId)
            .Select(lane => lane.OrderBy(update => update.UpdateId).ToList());
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxConcurrentChats),
            CancellationToken = cancellationToken,
        };
        return Parallel.ForEachAsync(lanes, parallel, async (lane, token) =>
        {
            foreach (var update in lane)
            {
                await processor.ProcessAsync(update, token).ConfigureAwait(false);
            }
        });
    }
}
