using HipBand.Coaching.Dialog;
using Telegram.Bot.Types;

namespace HipBand.Bot.Telegram;

/// <summary>What a Telegram update means to the bot.</summary>
internal abstract record InboundUpdate(long UpdateId, long ChatId);

/// <summary>A person in a private chat said something to the dialog.</summary>
/// <param name="Callback">The pressed button's query and message, when the input is a button.</param>
internal sealed record DialogUpdate(long UpdateId, long ChatId, UserInput Input, CallbackQuery? Callback) : InboundUpdate(UpdateId, ChatId);

/// <summary>A message or button in a group: we only coach in private chats.</summary>
internal sealed record GroupUpdate(long UpdateId, long ChatId, string? CallbackQueryId) : InboundUpdate(UpdateId, ChatId);

/// <summary>The person blocked the bot.</summary>
internal sealed record BlockedUpdate(long UpdateId, long ChatId) : InboundUpdate(UpdateId, ChatId);

/// <summary>Nothing for us (an edit in a group, an unblock, a kind we did not ask for).</summary>
internal sealed record IgnoredUpdate(long UpdateId, long ChatId) : InboundUpdate(UpdateId, ChatId);
