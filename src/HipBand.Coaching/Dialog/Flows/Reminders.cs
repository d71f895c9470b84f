using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>What the clock brings: the reminder of a training day, and what people answer to it.</summary>
internal static class Reminders
{
    public static readonly TimeSpan SnoozeFor = TimeSpan.FromHours(1);

    /// <summary>A reminder goes out only to someone set up, not paused, not held by a red flag, and not in the middle of something.</summary>
    public static Outcome OnDue(Turn turn, ReminderDue due)
    {
        var memory = turn.Conversation.Memory;
        if (turn.State.Phase != Phase.Idle || !turn.Profile.IsOnboarded || turn.Profile.Paused || memory.ActiveHold is not null
            || memory.Readiness is { AwaitsClearance: true } || PainFlow.RestingToday(turn))
        {
            return new Outcome(turn.State);
        }

        var state = turn.State with
        {
            Conversation = turn.Conversation with { Memory = memory with { UnansweredReminders = memory.UnansweredReminders + 1 } },
        };
        if (memory.UnansweredReminders >= due.AskAfterUnanswered && !memory.AskedAboutFrequency)
        {
            state = state with { Conversation = state.Conversation with { Memory = state.Conversation.Memory with { AskedAboutFrequency = true } } };
            return new Outcome(state, new Reply(turn.Texts.AskAboutFrequency(memory.UnansweredReminders), FrequencyButtons(turn.Texts)));
        }

        var (label, items, lighter) = SessionFlow.NextPlan(turn);
        var program = Onboarding.ProgramOf(turn.Profile);
        var minutes = Progress.SessionPlanner.EstimateMinutes(items, program.Rest);
        return new Outcome(state, new Reply(turn.Texts.Reminder(program, label, items, minutes, lighter), ReminderButtons(turn.Texts)));
    }

    /// <summary>Answers to the reminder and to the frequency question, given in the idle state; null if not one of them.</summary>
    public static Outcome? OnAnswer(Turn turn, string text)
    {
        var answer = Idle.Normalize(text);
        if (turn.Texts.Words.Snooze.Contains(answer))
        {
            var at = turn.Now + SnoozeFor;
            var local = turn.Profile.TimeZone is { } zone ? Scheduling.TimeZones.ToLocal(at, zone) : at;
            return turn.Stay(new Reply(turn.Texts.Snoozed(TimeOnly.FromDateTime(local.DateTime)))).WithEffects(new ReminderSnoozed(at));
        }

        if (turn.Texts.Words.SkipToday.Contains(answer))
        {
            return turn.Stay(new Reply(turn.Texts.SkippedToday));
        }

        if (turn.Texts.Words.FewerDays.Contains(answer))
        {
            return Onboarding.Edit(turn, Phase.AskDays);
        }

        if (turn.Texts.Words.Pause.Contains(answer))
        {
            return Commands.Pause(turn);
        }

        return turn.Texts.Words.Keep.Contains(answer) ? turn.Stay(new Reply(turn.Texts.KeepingReminders)) : null;
    }

    /// <summary>Anything the person says shows they are there: the count of unanswered reminders starts again.</summary>
    public static ChatState Heard(ChatState state)
    {
        var memory = state.Conversation.Memory;
        return memory.UnansweredReminders == 0 && !memory.AskedAboutFrequency
            ? state
            : state with { Conversation = state.Conversation with { Memory = memory with { UnansweredReminders = 0, AskedAboutFrequency = false } } };
    }

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> ReminderButtons(ITexts texts) =>
    [
        [ReplyButton.For("idle", texts.StartNowButton, "start"), ReplyButton.For("idle", texts.SnoozeButton, "later")],
        [ReplyButton.For("idle", texts.SkipTodayButton, "skip today")],
    ];

    private static IReadOnlyList<IReadOnlyList<ReplyButton>> FrequencyButtons(ITexts texts) =>
    [
        [ReplyButton.For("idle", texts.FewerDaysButton, "fewer days"), ReplyButton.For("idle", texts.PauseRemindersButton, "pause")],
        [ReplyButton.For("idle", texts.KeepAsIsButton, "keep")],
    ];
}
