using HipBand.Bot.Turns;
using HipBand.Coaching.Dialog;

namespace HipBand.Bot.Tests.Turns;

public class AfterCommitEffectsTests
{
    [Fact]
    public void Every_effect_the_dialog_can_ask_for_has_a_row_in_the_table()
    {
        var effects = typeof(Effect).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Effect)) && !t.IsAbstract).ToHashSet();

        var known = new AfterCommitEffects(null!, null!, null!, null!).Known;

        Assert.NotEmpty(effects);
        Assert.Equal(effects.OrderBy(t => t.Name), known.OrderBy(t => t.Name));
    }
}

public class ChatCacheTests
{
    [Fact]
    public void The_cache_stays_bounded_and_keeps_the_chat_just_remembered()
    {
        var cache = new ChatCache();

        for (long chat = 1; chat <= ChatCache.MaxChats * 2; chat++)
        {
            cache.Remember(new HipBand.Coaching.Storage.StoredChat(chat, HipBand.Coaching.Dialog.ChatState.Fresh, RowVersion: 1));
            Assert.True(cache.TryGet(chat, out _));
        }

        var kept = Enumerable.Range(1, ChatCache.MaxChats * 2).Count(chat => cache.TryGet(chat, out _));
        Assert.InRange(kept, ChatCache.MaxChats / 2, ChatCache.MaxChats);
    }
}
