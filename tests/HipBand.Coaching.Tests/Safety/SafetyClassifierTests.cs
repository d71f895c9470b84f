using HipBand.Coaching.Safety;

namespace HipBand.Coaching.Tests.Safety;

public class SafetyClassifierTests
{
    [Theory]
    [InlineData("I feel dizzy and my chest hurts", RedFlagSign.ChestPain)]
    [InlineData("chest pain", RedFlagSign.ChestPain)]
    [InlineData("there's pressure in my chest", RedFlagSign.ChestPain)]
    [InlineData("my chest feels really tight", RedFlagSign.ChestPain)]
    [InlineData("I fainted", RedFlagSign.Fainting)]
    [InlineData("almost passed out", RedFlagSign.Fainting)]
    [InlineData("very dizzy, the room is spinning", RedFlagSign.Fainting)]
    [InlineData("I can't breathe", RedFlagSign.Breathless)]
    [InlineData("too out of breath to talk", RedFlagSign.Breathless)]
    [InlineData("my leg suddenly went numb", RedFlagSign.NumbnessOrWeakness)]
    [InlineData("sudden weakness in my leg", RedFlagSign.NumbnessOrWeakness)]
    [InlineData("I can't move my leg", RedFlagSign.NumbnessOrWeakness)]
    [InlineData("I fell and can't put weight on my leg", RedFlagSign.FallCannotBearWeight)]
    [InlineData("tripped, now I cannot stand", RedFlagSign.FallCannotBearWeight)]
    [InlineData("my knee is swollen and hot and I have a fever", RedFlagSign.HotSwollenJointWithFever)]
    [InlineData("numb between my legs", RedFlagSign.SaddleNumbnessOrBladderBowel)]
    [InlineData("saddle numbness", RedFlagSign.SaddleNumbnessOrBladderBowel)]
    [InlineData("I can't control my bladder since this morning", RedFlagSign.SaddleNumbnessOrBladderBowel)]
    [InlineData("new bowel problems", RedFlagSign.SaddleNumbnessOrBladderBowel)]
    public void Red_flags_are_recognised(string text, RedFlagSign flag)
    {
        var signal = SafetyClassifier.Classify(text);

        Assert.Equal(SafetyKind.RedFlag, signal.Kind);
        Assert.Equal(flag, signal.Flag);
    }

    [Theory]
    [InlineData("my knee hurts", null, "Knee")]
    [InlineData("it hurts", null, null)]
    [InlineData("pain in my lower back", null, "LowerBack")]
    [InlineData("sharp pain", null, null)]
    [InlineData("ouch", null, null)]
    [InlineData("my knee", null, "Knee")]
    [InlineData("knee pain 6/10", 6, "Knee")]
    [InlineData("hurts, 4 out of 10", 4, null)]
    [InlineData("pain is 7", 7, null)]
    [InlineData("15 reps but my knee hurts", null, "Knee")]
    [InlineData("12, 10, 8 and my back aches", null, "Back")]
    [InlineData("my hip is sore", null, "Hip")]
    [InlineData("twinge in my groin", null, "Groin")]
    [InlineData("pain ٣", 3, null)]
    [InlineData("knee pain ٦/١٠", 6, "Knee")]
    [InlineData("my knee hurts, pain is ७", 7, "Knee")]
    public void Pain_is_recognised_with_a_rating_only_when_said_as_one(string text, int? rating, string? where)
    {
        var signal = SafetyClassifier.Classify(text);

        Assert.Equal(SafetyKind.Pain, signal.Kind);
        Assert.Equal(rating, signal.Rating);
        Assert.Equal(where, signal.Where?.ToString());
    }

    [Theory]
    [InlineData("pain on the outside of my hip")]
    [InlineData("the side of my hip hurts")]
    [InlineData("my hip hurts when I lie on it, lying on that side")]
    [InlineData("outer hip pain")]
    public void Pain_on_the_outside_of_the_hip_is_told_apart(string text)
    {
        var signal = SafetyClassifier.Classify(text);

        Assert.Equal(SafetyKind.Pain, signal.Kind);
        Assert.True(signal.OuterHip);
    }

    [Theory]
    [InlineData("I feel a bit dizzy")]
    [InlineData("light-headed")]
    [InlineData("I feel sick")]
    public void Feeling_unwell_is_recognised(string text) =>
        Assert.Equal(SafetyKind.Unwell, SafetyClassifier.Classify(text).Kind);

    [Theory]
    [InlineData("no pain, all good")]
    [InlineData("pain-free today")]
    [InlineData("pain free")]
    [InlineData("painting my room later")]
    [InlineData("it doesn't hurt at all")]
    [InlineData("without any pain")]
    [InlineData("no chest pain")]
    [InlineData("not dizzy")]
    [InlineData("15")]
    [InlineData("12, 10, 8")]
    [InlineData("done")]
    [InlineData("too hard")]
    [InlineData("skip")]
    [InlineData("Mon Wed Fri")]
    [InlineData("running")]
    [InlineData("my knee feels great")]
    [InlineData("I feel the burn")]
    [InlineData("out of breath but fine")]
    [InlineData("Europe/Berlin")]
    [InlineData("yellow, green, black")]
    public void Ordinary_replies_and_negations_trigger_nothing(string text) =>
        Assert.Equal(SafetyKind.None, SafetyClassifier.Classify(text).Kind);

    [Theory]
    [InlineData("6", 6)]
    [InlineData("about 3, knee", 3)]
    [InlineData("0", 0)]
    [InlineData("none", 0)]
    [InlineData("gone", 0)]
    [InlineData("10", 10)]
    public void A_rating_answer_is_read(string text, int expected) =>
        Assert.Equal(expected, SafetyClassifier.ReadRating(text));

    [Theory]
    [InlineData("12")]
    [InlineData("bad")]
    public void An_answer_that_is_no_rating_is_refused(string text) => Assert.Null(SafetyClassifier.ReadRating(text));

    [Theory]
    [InlineData("my hip is better")]
    [InlineData("better now")]
    [InlineData("the pain is gone")]
    public void Saying_the_hip_is_better_is_recognised(string text) => Assert.True(SafetyClassifier.SaysBetter(text));
}
