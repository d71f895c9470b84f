using HipBand.Bot.Delivery;
using HipBand.Bot.Telegram.Api;
using HipBand.Coaching.Text;
using Telegram.Bot.Types.Enums;

namespace HipBand.Bot.Telegram;

/// <summary>Every button press is answered as it arrives, before any chat's turn, so the spinner goes at once.</summary>
internal sealed class ButtonPresses(CallbackAnswers answers, ITexts texts, TimeProvider clock)
{
    public void Answer(IEnumerable<ReceivedUpdate> updates)
    {
        var now = clock.GetUtcNow();
        foreach (var update in updates)
        {
            if (update.Update?.CallbackQuery is { } press)
            {
                var inGroup = press.Message is { Chat.Type: not ChatType.Private };
                answers.Answer(press.Id, inGroup ? texts.PrivateChatOnly : null, now);
            }
        }
    }
}
