namespace HipBand.Coaching.Progress;

/// <summary>How a set felt, when the person says so.</summary>
public enum Difficulty
{
    Normal,
    TooHard,
    TooEasy,
}
