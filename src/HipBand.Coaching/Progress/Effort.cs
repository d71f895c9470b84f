namespace HipBand.Coaching.Progress;

/// <summary>How a whole exercise felt, tapped once after its last set. Stored by name.</summary>
public enum Effort
{
    Easy,
    Good,
    Hard,
}
