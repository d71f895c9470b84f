using System.Text;
using FsCheck;
using Outcome = HipBand.Coaching.Dialog.Outcome;
using FsCheck.Fluent;
using HipBand.Coaching.Dialog;
using HipBand.Coaching.Storage;
using HipBand.Coaching.Tests.Support;
using HipBand.Testing;

namespace HipBand.Coaching.Tests.Dialog;

/// <summary>
/// Random inputs in every phase, straight into <see cref="Coach.Step"/>: thousands of steps in well under a second
/// or two. Whatever a person types or presses, the dialog answers, stays consistent, and stores what it reads back.
/// </summary>
public class CoachPropertyTests
{
    private static readonly DateTimeOffset Start = TestClock.Monday0700Utc;

    [Fact]
    public void Any_sequence_of_inputs_from_any_starting_point_keeps_the_dialog_sound()
    {
        var visited = new HashSet<Phase>();
        var steps = 0;
        var run = Gen.Zip(Gen.Elements(Starts), Gen.ListOf(Actions).Resize(60)).ToArbitrary();

        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(400).WithStartSize(20).WithEndSize(80),
            Prop.ForAll(run, scenario => Play(scenario.Item1, [.. scenario.Item2], visited, ref steps)));

        Assert.True(steps >= 5_000, $"only {steps} steps were taken");
        Assert.Equal(Enum.GetValues<Phase>().Order(), visited.Order());
    }

    /// <summary>Where a run begins: a new chat, someone set up, someone mid-session, someone in gentle rehab.</summary>
    private static readonly string[] Starts = ["fresh", "onboarded", "in session", "gentle"];

    private abstract record Action;

    private sealed record Type(string Text) : Action;

    private sealed record Press(int Index) : Action;

    private sealed record PressStale(string Data) : Action;

    private sealed record Unreadable(MessageKind Kind) : Action;

    private sealed record Later(int Minutes) : Action;

    private sealed record Reminder : Action;

    private sealed record RestIsOver : Action;

    private sealed record Edit(long MessageId, string Text) : Action;

    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.Elements(FuzzText.Answers.ToArray()),
        Gen.Elements(FuzzText.Commands.ToArray()),
        Gen.Elements(FuzzText.Safety.ToArray()),
        Gen.Elements(FuzzText.Odd.ToArray()),
        Gen.Choose(-20, 400).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Choose(0, 1_000_000).Select(seed => FuzzText.Pick(new Random(seed))));

    private static readonly Gen<Action> Actions = Gen.Frequency(
        (30, Gen.Choose(0, 12).Select(i => (Action)new Press(i))),
        (35, Texts.Select(t => (Action)new Type(t))),
        (4, Gen.Elements("goal|running", "s1.0.0|done", "idle|start", "pressed|", "", "x|y", "s99.0.0|skip").Select(d => (Action)new PressStale(d))),
        (3, Gen.Elements(MessageKind.Sticker, MessageKind.Photo, MessageKind.VoiceMessage, MessageKind.Other).Select(k => (Action)new Unreadable(k))),
        (6, Gen.Choose(1, 60 * 24 * 20).Select(m => (Action)new Later(m))),
        (4, Gen.Constant((Action)new Reminder())),
        (4, Gen.Constant((Action)new RestIsOver())),
        (4, Gen.Choose(1, 30).SelectMany(id => Texts.Select(t => (Action)new Edit(id, t)))));

    private static bool Play(string start, IReadOnlyList<Action> actions, HashSet<Phase> visited, ref int steps)
    {
        var chat = start switch
        {
            "onboarded" => DialogDriver.Onboarded(),
            "in session" => SessionFlowTests.Started(),
            "gentle" => DialogDriver.Onboarded("gentle", "yellow"),
            _ => new DialogDriver(),
        };
        var buttons = chat.Last?.Replies.SelectMany(r => r.AllButtons).ToList() ?? [];
        long messageId = 0;
        foreach (var action in actions)
        {
            UserInput input = action switch
            {
                Press press when buttons.Count > 0 => new ButtonInput(buttons[press.Index % buttons.Count].Data),
                Press => new TextInput("done") { MessageId = ++messageId },
                Type type => TextCommand.Read(type.Text) is TextInput text ? text with { MessageId = ++messageId } : TextCommand.Read(type.Text),
                PressStale stale => new ButtonInput(stale.Data),
                Unreadable unreadable => new UnsupportedInput(unreadable.Kind),
                Reminder => new ReminderDue(chat.Now),
                RestIsOver => new RestOver(chat.State.Conversation.Session is { } s ? $"s{s.Number}.{s.Item}.{s.Set}" : "s1.0.0"),
                Edit edit => new EditedTextInput(edit.Text, edit.MessageId),
                Later later => new RestOver("nothing"),
                _ => throw new InvalidOperationException(),
            };
            if (action is Later wait)
            {
                chat.Now += TimeSpan.FromMinutes(wait.Minutes);
                continue;
            }

            var before = chat.State;
            var outcome = chat.Step(input);
            steps++;
            visited.Add(outcome.State.Phase);
            Sound(before, input, outcome, chat.Now);
            if (outcome.Replies.Any(r => r.Buttons.Count > 0))
            {
                buttons = [.. outcome.Replies.SelectMany(r => r.AllButtons)];
            }
        }

        return true;
    }

    /// <summary>What holds after every step; a broken rule fails with the input that broke it.</summary>
    private static void Sound(ChatState before, UserInput input, Outcome outcome, DateTimeOffset now)
    {
        var state = outcome.State;
        var said = $"after {input} in {before.Phase}";
        if (input is not (ReminderDue or RestOver))
        {
            Assert.True(outcome.Replies.Count > 0, $"no reply {said}");
        }

        foreach (var reply in outcome.Replies)
        {
            var text = reply.Text.Plain;
            Assert.True(text.Trim().Length > 0, $"an empty reply {said}");
            Assert.True(text.Length <= 4096, $"a reply of {text.Length} characters {said}");
            Assert.DoesNotContain("something went wrong", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Rune.ReplacementChar, text.EnumerateRunes());
            foreach (var button in reply.AllButtons)
            {
                Assert.False(string.IsNullOrWhiteSpace(button.Label), $"a button without a label {said}");
                Assert.InRange(Encoding.UTF8.GetByteCount(button.Data), 1, 64);
            }
        }

        if (state.Phase == Phase.InSession)
        {
            var session = state.Conversation.Session;
            Assert.NotNull(session);
            Assert.InRange(session.Item, 0, session.Items.Count - 1);
            Assert.InRange(session.Set, 0, session.Current.Target.Sets - 1);
        }

        if (state.Conversation.Session is not null)
        {
            Assert.True(state.Phase is Phase.InSession or Phase.AskPain or Phase.AskIfHurts, $"a session kept in {state.Phase} {said}");
        }

        // Every step goes where its row of the table says it may: the table (and the diagram drawn from it) is the dialog.
        var (_, route) = Coach.Decide(before, input, now);
        Assert.True(route.Allows(before.Phase, state.Phase), $"{route.Through} went from {before.Phase} to {state.Phase}, which the table does not declare ({said})");

        // What is stored reads back as the same state, and the step is a function of its inputs.
        var json = ConversationJson.Write(state.Conversation);
        Assert.Equal(json, ConversationJson.Write(ConversationJson.Read(json)));
        var again = Coach.Step(before, input, now);
        Assert.Equal(json, ConversationJson.Write(again.State.Conversation));
        Assert.Equal(outcome.Replies.Select(r => r.Text.Plain), again.Replies.Select(r => r.Text.Plain));
    }
}
