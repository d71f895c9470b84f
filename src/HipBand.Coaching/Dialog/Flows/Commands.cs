using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>What the slash commands do; <see cref="CommandTable"/> lists them.</summary>
internal static class Commands
{
    public static Outcome Stats(Turn turn)
    {
        var outcome = turn.Stay(new Reply(turn.Texts.Stats(turn.Conversation.Memory, turn.Profile, turn.Now)));

        // A picture of nothing says nothing: only once some work is on record.
        return turn.Conversation.Memory.Weeks.Count > 0 ? outcome.WithEffects(new ProgressPictureWanted(ProgressPictureOccasion.Stats, turn.Now)) : outcome;
    }

    public static Outcome Help(Turn turn) => turn.Stay(new Reply(turn.Texts.Help(CommandTable.All.Select(c => (c.Name, c.Description(turn.Texts))))), turn.Prompt());

    public static Outcome Cancel(Turn turn) => (turn.State.Phase, turn.Conversation.Flow) switch
    {
        (Phase.AskPain or Phase.AskIfHurts, _) => PainFlow.Leave(turn),
        (Phase.InSession, _) => SessionFlow.Stop(turn),
        (Phase.ConfirmDelete, _) => PersonalDataFlow.KeepData(turn),
        (Phase.Idle or Phase.New, _) => turn.Hint(turn.Texts.NothingToCancel),
        (_, Flow.Editing) => Idle.Return(turn, turn.Texts.NothingChanged),
        _ when turn.Profile.IsOnboarded => Idle.Return(turn, turn.Texts.NothingChanged),
        _ => turn.Stay(new Reply(turn.Texts.SetupPaused)),
    };

    public static Outcome Start(Turn turn) => turn.State.Phase switch
    {
        Phase.New => Onboarding.Begin(turn),
        Phase.InSession => turn.Hint(turn.Texts.AlreadyInSession),
        _ when turn.Conversation.Flow == Flow.Editing => Idle.Return(turn, turn.Texts.WelcomeBack),
        _ => turn.Hint(turn.Texts.WelcomeBack),
    };

    public static Outcome Workout(Turn turn)
    {
        if (!turn.Profile.IsOnboarded)
        {
            return turn.State.Phase == Phase.New ? Onboarding.Begin(turn) : turn.Hint(turn.Texts.FinishSetupFirst);
        }

        return turn.Conversation.Session is not null ? turn.Hint(turn.Texts.AlreadyInSession) : SessionFlow.Start(turn);
    }

    public static Outcome Edit(Turn turn, Phase phase)
    {
        if (!turn.Profile.IsOnboarded)
        {
            return turn.State.Phase == Phase.New ? Onboarding.Begin(turn) : turn.Hint(turn.Texts.FinishSetupFirst);
        }

        return turn.Conversation.Session is not null ? turn.Hint(turn.Texts.FinishSessionFirst) : Onboarding.Edit(turn, phase);
    }

    public static Outcome Pause(Turn turn)
    {
        if (!turn.Profile.IsOnboarded)
        {
            return turn.Hint(turn.Texts.NothingToPause);
        }

        if (turn.Profile.Paused)
        {
            return turn.Stay(new Reply(turn.Texts.AlreadyPaused));
        }

        var state = turn.State with { Profile = turn.Profile with { Paused = true } };
        return new Outcome(state, new Reply(turn.Texts.Paused())).WithEffects(new ScheduleChanged(null));
    }

    public static Outcome Resume(Turn turn)
    {
        if (!turn.Profile.IsOnboarded)
        {
            return turn.Hint(turn.Texts.NothingToPause);
        }

        if (!turn.Profile.Paused)
        {
            return turn.Stay(new Reply(turn.Texts.NotPaused));
        }

        var profile = turn.Profile with { Paused = false };
        return new Outcome(turn.State with { Profile = profile }, new Reply(turn.Texts.Resumed(profile.Schedule)))
            .WithEffects(new ScheduleChanged(profile.Schedule));
    }

    public static Outcome Stop(Turn turn) =>
        turn.Conversation.Session is not null ? SessionFlow.Stop(turn) : turn.Stay(new Reply(turn.Texts.NothingToStop));
}
