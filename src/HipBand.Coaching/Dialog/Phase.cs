namespace HipBand.Coaching.Dialog;

/// <summary>Where a conversation stands: the rows of the dialog's state table.</summary>
public enum Phase
{
    /// <summary>Never talked to us, or deleted their data.</summary>
    New,
    AskGoal,
    AskBands,
    AskDays,
    AskTime,
    AskZone,

    /// <summary>Set up and between sessions.</summary>
    Idle,

    /// <summary>In a workout, waiting for the result of the current set.</summary>
    InSession,

    /// <summary>Asked to delete everything; waiting for yes or no.</summary>
    ConfirmDelete,

    /// <summary>The person mentioned pain; waiting for a 0-10 rating (and where).</summary>
    AskPain,

    /// <summary>A readiness answer calls for a clinician's OK first; waiting for it.</summary>
    AwaitClearance,

    /// <summary>A red flag holds training; asked whether a doctor has checked them since, waiting for yes or no.</summary>
    AskCheckedUp,

    /// <summary>Setup's first step: does any readiness item apply? Waiting for yes or no.</summary>
    AskReadiness,

    /// <summary>A click, pop or wobble was mentioned; asked whether it hurts, waiting for yes or no.</summary>
    AskIfHurts,
}

/// <summary>Why a question is being asked: first-time setup, or changing one answer later.</summary>
public enum Flow
{
    Onboarding,
    Editing,
}
