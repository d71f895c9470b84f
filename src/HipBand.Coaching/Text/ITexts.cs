namespace HipBand.Coaching.Text;

/// <summary>
/// A language: every sentence a person reads, the words on every button, the names of exercises, days and months,
/// and the words the parsers listen for. The dialog reaches it through its turn; stored state holds data only.
/// </summary>
public interface ITexts
{
    /// <summary>The words this language's parsers listen for.</summary>
    Words Words { get; }
    RichText Welcome();
    string AskGoal { get; }
    string GoalHint { get; }
    string GoalChosen(TrainingProgram program);
    string AskBands { get; }
    string BandsHint { get; }
    string BandsSaved(IReadOnlyList<string> bands);
    string AskDays(TrainingProgram program);
    string DaysHint { get; }
    string DaysOutOfRange(TrainingProgram program, int chosen);
    string AskTime { get; }
    string TimeHint { get; }
    string AskZone { get; }
    string ZoneHint { get; }
    string KeepZone(string zone);
    string FixedOffsetNote(string zone);
    string UseCityButton { get; }
    RichText Summary(Profile profile, TrainingProgram program);
    string StartFirstSession { get; }
    string StartSession { get; }
    RichText IdlePrompt(Profile profile, string nextLabel, TrainingProgram program, int minutes);
    string NoSessionRunning { get; }
    RichText SessionHeader(ActiveSession session, TrainingProgram program, int minutes, bool firstTime);
    RichText Introduce(SessionItem item);

    /// <summary>An exercise met before: its name and band, the steps behind the How? button.</summary>
    RichText Reintroduce(SessionItem item);

    /// <summary>What a tempo code means, said the first time it appears ("2-1-2").</summary>
    string TempoExplained(TempoCode tempo);

    /// <summary>The runner article's note, shown once to people on the running program.</summary>
    string RunnerNote { get; }
    RichText SetPrompt(ActiveSession session);
    string DoneButton(SetTarget target);
    string FewerButton { get; }
    string SkipButton { get; }
    string AskCount(ActiveSession session, bool tooHard);
    string RepHint(SetTarget target);
    string Implausible(int value, SessionItem item);

    /// <summary>A result given in the other unit: reps on a timed set, or seconds on a counted one.</summary>
    string OtherUnit(SetTarget target);

    /// <summary>Said when form breaks down, before what is eased.</summary>
    string FormBreaks { get; }
    string TooManyValues(int sent, int remaining, string exercise);
    string Logged(IReadOnlyList<int?> values, SetTarget target);
    string Feeling(Progress.Difficulty difficulty);
    string RestThen(TimeSpan rest, string? finishedExercise);
    RichText SessionComplete(SessionTotals totals, IReadOnlyList<string> better, bool firstTime, string? lastSet, Goal goal);
    RichText SessionStopped(SessionTotals totals);
    string BetterLine(string exercise, int now, int before, bool timed);
    RichText Changes(IReadOnlyList<Progress.LevelChange> changes, bool upcoming);
    RichText WeeklySummary(WeekTotals week, int planned, int streak);
    string ExportComing { get; }
    string ConfirmDelete { get; }
    string Deleted { get; }
    string NothingDeleted { get; }
    string AlreadyInSession { get; }
    string FinishSessionFirst { get; }
    string Readiness { get; }
    string ReadinessYesButton { get; }
    string ReadinessNoButton { get; }
    string ReadinessHint { get; }
    string NoneApplies { get; }
    string ReadinessHeard(Safety.ReadinessSign sign);
    string ReadinessHeardBefore { get; }
    string ClearanceHint { get; }
    string TrainingWaitsForOk { get; }
    string ClearedGentleLater { get; }
    string GoalKeptGentle { get; }
    string FullyClearedButton { get; }
    string FullyCleared { get; }
    string DaysFitted(TrainingProgram program, Weekdays days);
    string AskIfHurts { get; }
    string ItHurtsButton { get; }
    string NoHurtButton { get; }
    string NoHurtCarryOn { get; }
    string IfHurtsHint { get; }
    string AskPainAfterYes { get; }
    string AskMorningAfter(PainReport during);
    string WorseMorningAfter { get; }
    string RestingToday { get; }
    string NoPainCarryOn { get; }
    string NoPainNoted { get; }
    string SideLyingOutLastExercise { get; }

    /// <summary>Where a pain is, as it follows "pain": "in your knee", "on the outside of your hip".</summary>
    string PainPlace(Safety.BodyPart part);
    string CheckWithClinician { get; }
    string ClearanceButton { get; }
    string CheckFirstButton { get; }
    string CheckFirst { get; }
    string ClearedGentle { get; }
    string AskPain { get; }
    string AskPainAgain { get; }
    string PainRatingHint { get; }
    string AskPainBeforeSession(PainReport? last);
    string PainMild { get; }
    string PainModerate(string change);
    string PainSevere { get; }
    string PainRestFirst { get; }
    string PainNoted { get; }
    string PainModerateElsewhere { get; }
    string PainSevereElsewhere { get; }
    string SideLyingOut { get; }
    string SideLyingBack { get; }
    string LighterButton { get; }
    string HowButton { get; }

    /// <summary>After a skipped set or exercise, before what comes next (no rest is needed).</summary>
    string NextAfterSkip { get; }

    /// <summary>After "next" on a set: was it done, or skipped?</summary>
    string DoneOrSkipped { get; }

    /// <summary>"Just 1? …": a result far below the target, asked once.</summary>
    string ConfirmLow(int value, SetTarget target);
    string ConfirmLowButton(int value);

    /// <summary>Said when a set was tried and not one rep done.</summary>
    string NoneDoneKindly { get; }

    string EffortButton(Progress.Effort effort);

    /// <summary>Said when an exercise's effort was tapped.</summary>
    string EffortNoted(Progress.Effort effort);
    string LighterForPain { get; }
    string NothingToTrainToday { get; }
    string EasedBand(string band);
    string EasedVariant(string variant);
    string EasedReps(string target);
    string RedFlag(Safety.RedFlagSign flag);
    string OnHold { get; }
    string AskCheckedUp { get; }
    string CheckedUpButton { get; }
    string NotCheckedUpButton { get; }
    string HoldLifted { get; }
    string HoldKept { get; }
    string UnwellInSession { get; }
    string UnwellElsewhere { get; }
    RichText Reminder(TrainingProgram program, string label, IReadOnlyList<SessionItem> items, int minutes, bool afterBreak);
    string AskAboutFrequency(int unanswered);
    string Snoozed(TimeOnly at);
    string SkippedToday { get; }
    string KeepingReminders { get; }
    string RestIsOver { get; }
    string WelcomeBackLighter { get; }
    RichText Help(IEnumerable<(string Name, string Description)> commands);
    string CommandWorkout { get; }
    string CommandStats { get; }
    string CommandSchedule { get; }
    string CommandGoal { get; }
    string CommandBands { get; }
    string CommandPause { get; }
    string CommandResume { get; }
    string CommandExport { get; }
    string CommandDelete { get; }
    string CommandCancel { get; }
    string CommandStop { get; }
    string CommandHelp { get; }
    string CommandStart { get; }
    string WelcomeBack { get; }
    string FinishSetupFirst { get; }
    string SetupPaused { get; }
    string NothingChanged { get; }
    string NothingToCancel { get; }
    string NothingToStop { get; }
    string NothingToPause { get; }
    string Paused();
    string Resumed(Schedule? schedule);
    string AlreadyPaused { get; }
    string NotPaused { get; }
    string ScheduleSaved(Schedule schedule);
    string GoalChanged(TrainingProgram program);
    string UnknownCommand(string name);
    string CannotRead(MessageKind kind);
    string StateReset { get; }
    string DidNotCatch { get; }
    string EditChangesNothing { get; }
    string EditNotRead(int sets);
    string Corrected(string exercise, IReadOnlyList<int?> before, IReadOnlyList<int?> after, SetTarget target);
    string QuestionPassed { get; }
    string SendingTooFast { get; }
    RichText Stats(CoachMemory memory, Profile profile, DateTimeOffset now);
    string Target(SetTarget target);
    string ExerciseName(SessionItem item);
    // ----- the catalogue's words -----
    string ExerciseName(string exerciseId);
    string Focus(string exerciseId);
    IReadOnlyList<string> HowTo(string exerciseId);
    IReadOnlyList<string> Cues(string exerciseId);
    IReadOnlyList<string> Mistakes(string exerciseId);
    string VariantName(string variantId);
    string Tempo(string key);
    string Placement(string key);

    // ----- said by the host -----
    string PrivateChatOnly { get; }
    string SomethingWentWrong { get; }
    string ExportCaption { get; }
    string ExportWrittenTo(string caption, string path);
    string TerminalGreeting(long chatId, string? logFile);
    string TerminalContinues(long chatId);

    // ----- buttons and short acknowledgements -----
    string GoalButton(Goal goal);
    string BandsExampleButton { get; }
    string OneBandButton { get; }
    string NoBandsButton { get; }
    string DaysButton(Weekdays days);
    string EveryDayButton { get; }
    string City(string key);
    string CancelButton { get; }
    string DeleteYesButton { get; }
    string DeleteNoButton { get; }
    string StartNowButton { get; }
    string SnoozeButton { get; }
    string SkipTodayButton { get; }
    string FewerDaysButton { get; }
    string PauseRemindersButton { get; }
    string KeepAsIsButton { get; }
    string PainMildButton { get; }
    string PainModerateButton { get; }
    string PainBadButton { get; }
    string DaysChosen(Weekdays days, bool backToBack);
    string TimeChosen(TimeOnly time);
}
