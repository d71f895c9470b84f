using System.Collections.Concurrent;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Turns;

/// <summary>
/// Each chat's state as its last turn left it. A chat's inputs come one at a time, so the copy is good until
/// something else changes the chat's rows, which drops it (a block, a save that found the row moved on). Bounded:
/// past <see cref="MaxChats"/> a quarter of the entries go (a chat that was dropped is loaded again on its next turn),
/// so memory does not grow with every chat ever seen.
/// </summary>
internal sealed class ChatCache
{
    /// <summary>About the chats active at once at the load this bot is measured at (1,000 users), with room.</summary>
    public const int MaxChats = 4096;

    private readonly ConcurrentDictionary<long, StoredChat> chats = new();

    public bool TryGet(long chatId, out StoredChat chat) => chats.TryGetValue(chatId, out chat!);

    public void Remember(StoredChat chat)
    {
        if (chats.Count >= MaxChats)
        {
            var drop = MaxChats / 4;
            foreach (var key in chats.Keys)
            {
                if (drop-- <= 0)
                {
                    break;
                }

                chats.TryRemove(key, out _);
            }
        }

        chats[chat.ChatId] = chat;
    }

    public void Forget(long chatId) => chats.TryRemove(chatId, out _);
}
