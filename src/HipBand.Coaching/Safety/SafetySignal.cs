namespace HipBand.Coaching.Safety;

/// <summary>What a message says about the person's safety.</summary>
public enum SafetyKind
{
    None,

    /// <summary>Pain or discomfort; the rating and place, when the message gives them.</summary>
    Pain,

    /// <summary>A click, pop, wobble or giving way with no word of pain: worth asking whether it hurts, no more.</summary>
    Sensation,

    /// <summary>Feeling unwell (a bit dizzy, light-headed, sick): stop for today.</summary>
    Unwell,

    /// <summary>Something that calls for a clinician's OK before training: a recent injury or surgery, pregnancy…</summary>
    Readiness,

    /// <summary>A sign that needs urgent care now, or a check before any more training.</summary>
    RedFlag,
}

/// <summary>The red flags that end a session at once and hold training until a doctor has checked the person.</summary>
/// <remarks>Stored by name; new signs are appended.</remarks>
public enum RedFlagSign
{
    ChestPain,
    Fainting,
    Breathless,
    NumbnessOrWeakness,
    FallCannotBearWeight,
    HotSwollenJointWithFever,
    SaddleNumbnessOrBladderBowel,

    /// <summary>Slurred speech or a drooping face.</summary>
    StrokeSigns,

    /// <summary>Groin pain on hopping or at night: a possible stress fracture, to be checked before running again.</summary>
    StressFracture,
}

/// <summary>What calls for a clinician's OK before training.</summary>
/// <remarks>Stored by name; new reasons are appended.</remarks>
public enum ReadinessSign
{
    /// <summary>Said with the button of the readiness question, without saying which.</summary>
    Unspecified,
    RecentInjury,
    RecentSurgery,
    DoctorSaidNo,
    ChestPainWithActivity,
    FaintingWithActivity,
    Pregnancy,
    HeartCondition,
}

/// <summary>
/// A message's safety signal: its kind; for a red flag its sign; for pain the rating (0-10) and the place, if said;
/// for readiness its reason, and whether the same words give a clinician's OK.
/// </summary>
public sealed record SafetySignal(
    SafetyKind Kind,
    RedFlagSign? Flag = null,
    int? Rating = null,
    BodyPart? Where = null,
    bool OuterHip = false,
    ReadinessSign? Readiness = null,
    bool Cleared = false)
{
    public static readonly SafetySignal None = new(SafetyKind.None);
}

/// <summary>Where a pain is. Stored by name; the text catalogue names each for the person.</summary>
public enum BodyPart
{
    LowerBack,
    Back,
    Knee,
    Hip,
    OuterHip,
    Ankle,
    Foot,
    Groin,
    Glute,
    Hamstring,
    Thigh,
    Shin,
    Calf,
    Neck,
    Shoulder,
    Leg,
    Arm,
    Other,
}
