using System.Collections.Concurrent;
using HipBand.Coaching.Storage;

namespace HipBand.Bot.Turns;

/// <summary>
/// Each chat's state as its last turn left it. A chat's inputs come one at a time, so the copy is good until
/// something else changes the chat's rows, which drops it (a block, a save that found the row moved on).
/// </summary>
internal sealed class ChatCache
{
    private const int MaxChats = 100_000;

    private readonly ConcurrentDictionary<long, StoredChat> chats = new();

    public bool TryGet(long chatId, out StoredChat chat) => chats.TryGetValue(chatId, out chat!);

    public void Remember(StoredChat chat)
    {
        if (chats.Count >= MaxChats)
        {
            chats.Clear();
        }

        chats[chat.ChatId] = chat;
    }

    public void Forget(long chatId) => chats.TryRemove(chatId, out _);
}
