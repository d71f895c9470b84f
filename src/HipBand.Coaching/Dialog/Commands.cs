using HipBand.Coaching.Text;

namespace HipBand.Coaching.Dialog;

/// <summary>The fallbacks: slash commands that work in every state of the table.</summary>
internal static class Commands
{
    private static readonly Dictionary<string, Func<Turn, Outcome>> Table = new(StringComparer.Ordinal)
    {
        ["start"] = Start,
        ["workout"] = Workout,
        ["schedule"] = turn => Edit(turn, Phase.AskDays),
        ["goal"] = turn => Edit(turn, Phase.AskGoal),
        ["bands"] = turn => Edit(turn, Phase.AskBands),
        ["stats"] = turn => turn.Stay(new Reply(Say.Stats(turn.Conversation.Memory, turn.Profile, turn.Now))),
        ["pause"] = Pause,
        ["resume"] = Resume,
        ["help"] = turn => turn.Stay(new Reply(Say.Help()), turn.Prompt()),
        ["cancel"] = Cancel,
        ["stop"] = Stop,
        ["export"] = PersonalDataFlow.Export,
        ["delete"] = PersonalDataFlow.AskToDelete,
    };

    /// <summary>The command names we answer, for menus and help.</summary>
    public static IEnumerable<string> Names => Table.Keys;

    public static Outcome Handle(Turn turn, CommandInput command) =>
        Table.TryGetValue(command.Name, out var handler) ? handler(turn) : turn.Hint(Say.UnknownCommand(command.Name));

    public static Outcome Cancel(Turn turn) => (turn.State.Phase, turn.Conversation.Flow) switch
    {
        (Phase.AskPain, _) => SafetyFlow.Leave(turn),
        (Phase.InSession, _) => SessionFlow.Stop(turn),
        (Phase.ConfirmDelete, _) => PersonalDataFlow.KeepData(turn),
        (Phase.Idle or Phase.New, _) => turn.Hint(Say.NothingToCancel),
        (_, Flow.Editing) => Idle.Return(turn, Say.NothingChanged),
        _ => turn.Stay(new Reply(Say.SetupPaused)),
    };

    private static Outcome Start(Turn turn) => turn.State.Phase switch
    {
        Phase.New => Onboarding.Begin(turn),
        Phase.InSession => turn.Hint(Say.AlreadyInSession),
        _ when turn.Conversation.Flow == Flow.Editing => Idle.Return(turn, Say.WelcomeBack),
        _ => turn.Hint(Say.WelcomeBack),
    };

    private static Outcome Workout(Turn turn)
    {
        if (!turn.Profile.IsOnboarded)
        {
            return turn.State.Phase == Phase.New ? Onboarding.Begin(turn) : turn.Hint(Say.FinishSetupFirst);
        }

        return turn.Conversation.Session is not null ? turn.Hint(Say.AlreadyInSession) : SessionFlow.Start(turn);
    }

    private static Outcome Edit(Turn turn, Phase phase)
    {
        if (!turn.Profile.IsOnboarded)
        {
            return turn.State.Phase == Phase.New ? Onboarding.Begin(turn) : turn.Hint(Say.FinishSetupFirst);
        }

        return turn.Conversation.Session is not null ? turn.Hint(Say.FinishSessionFirst) : Onboarding.Edit(turn, phase);
    }

    private static Outcome Pause(Turn turn)
    {
        if (!turn.Profile.IsOnboarded)
        {
            return turn.Hint(Say.NothingToPause);
        }

        if (turn.Profile.Paused)
        {
            return turn.Stay(new Reply(Say.AlreadyPaused));
        }

        var state = turn.State with { Profile = turn.Profile with { Paused = true } };
        return new Outcome(state, new Reply(Say.Paused())).WithEffects(new ScheduleChanged(null));
    }

    private static Outcome Resume(Turn turn)
    {
        if (!turn.Profile.IsOnboarded)
        {
            return turn.Hint(Say.NothingToPause);
        }

        if (!turn.Profile.Paused)
        {
            return turn.Stay(new Reply(Say.NotPaused));
        }

        var profile = turn.Profile with { Paused = false };
        return new Outcome(turn.State with { Profile = profile }, new Reply(Say.Resumed(profile.Schedule)))
            .WithEffects(new ScheduleChanged(profile.Schedule));
    }

    private static Outcome Stop(Turn turn) =>
        turn.Conversation.Session is not null ? SessionFlow.Stop(turn) : turn.Stay(new Reply(Say.NothingToStop));
}
