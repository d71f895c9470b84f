namespace HipBand.Coaching.Dialog;

/// <summary>What one step of the dialog decided: the new state, what to say, and what to have done.</summary>
public sealed record Outcome(ChatState State, IReadOnlyList<Reply> Replies, IReadOnlyList<Effect> Effects)
{
    public Outcome(ChatState state, params Reply[] replies)
        : this(state, replies, [])
    {
    }

    public Outcome WithEffects(params Effect[] effects) => this with { Effects = [.. Effects, .. effects] };

    /// <summary>The same outcome with every reply of the given kind.</summary>
    public Outcome As(ReplyKind kind) => this with { Replies = [.. Replies.Select(r => r with { Kind = kind })] };

    /// <summary>The effects written with the turn, in its transaction.</summary>
    public IEnumerable<Effect> InTransaction => Effects.Where(e => e.InTransaction);
}
