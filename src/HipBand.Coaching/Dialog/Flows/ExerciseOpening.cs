using HipBand.Coaching.Progress;

namespace HipBand.Coaching.Dialog.Flows;

/// <summary>
/// How a session opens an exercise: its steps the first time a person meets it (or its variant), afterwards its name
/// and band with the steps behind ❓ How?; a tempo code is explained the first time it appears.
/// </summary>
internal static class ExerciseOpening
{
    /// <summary>The words that open <paramref name="item"/>, and the memory that remembers they were said.</summary>
    public static (RichText Text, CoachMemory Memory) Of(ITexts texts, SessionItem item, CoachMemory memory)
    {
        var seen = item.VariantId ?? item.ExerciseId;
        var first = !memory.Introduced.Contains(seen);
        var text = first ? texts.Introduce(item) : texts.Reintroduce(item);
        if (first)
        {
            memory = memory with { Introduced = [.. memory.Introduced, seen] };
        }

        if (TempoCode.Parse(Exercises.Get(item.ExerciseId).Tempo) is { } tempo && !memory.TemposExplained.Contains(tempo.ToString()))
        {
            text.Line().Add(texts.TempoExplained(tempo));
            memory = memory with { TemposExplained = [.. memory.TemposExplained, tempo.ToString()] };
        }

        return (text, memory);
    }
}
