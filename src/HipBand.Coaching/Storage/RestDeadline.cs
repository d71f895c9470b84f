using HipBand.Coaching.Dialog;

namespace HipBand.Coaching.Storage;

/// <summary>A chat's pending rest timer as stored with its state: when the rest is over, and the set it comes before.</summary>
public sealed record RestDeadline(long ChatId, DateTimeOffset DueAt, string QuestionKey);

/// <summary>What a turn did to its chat's rest timer: set one (a due time and key), or cancelled it (both null).</summary>
public sealed record RestChange(DateTimeOffset? DueAt, string? QuestionKey)
{
    /// <summary>The last rest effect of a turn, or null when it has none (the stored timer stays as it is).</summary>
    public static RestChange? Of(IReadOnlyList<Effect> effects)
    {
        for (var i = effects.Count - 1; i >= 0; i--)
        {
            switch (effects[i])
            {
                case RestTimerWanted wanted:
                    return new RestChange(wanted.DueAt, wanted.QuestionKey);
                case RestTimerCancelled:
                    return new RestChange(null, null);
            }
        }

        return null;
    }
}
