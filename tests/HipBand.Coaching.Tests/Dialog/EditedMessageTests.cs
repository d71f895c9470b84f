using HipBand.Coaching.Dialog;
using HipBand.Coaching.Tests.Support;

namespace HipBand.Coaching.Tests.Dialog;

public class EditedMessageTests
{
    [Fact]
    public void Editing_the_message_that_logged_the_last_set_corrects_it_and_asks_the_open_set_again()
    {
        var chat = SessionFlowTests.Started();
        chat.Step(new TextInput("12") { MessageId = 41 });

        var outcome = chat.Step(new EditedTextInput("15", 41));

        Assert.Equal(15, Assert.Single(chat.Session.Logged).Done);
        Assert.Equal(1, chat.Session.Set);
        var text = Assert.Single(outcome.Replies).Text.Plain;
        Assert.StartsWith("Corrected Lateral band walk: 15 (was 12).", text, StringComparison.Ordinal);
        Assert.Contains("Set 2 of 3 · Lateral band walk", text);
        var corrected = Assert.Single(outcome.Effects.OfType<SetLogged>());
        Assert.Equal((1, 15), (corrected.SetNumber, corrected.Done));
    }

    [Fact]
    public void An_edit_of_a_message_that_logged_several_sets_corrects_each_of_them()
    {
        var chat = SessionFlowTests.Started();
        chat.Step(new TextInput("12, 10") { MessageId = 7 });

        chat.Step(new EditedTextInput("13, 11", 7));

        Assert.Equal([13, 11], chat.Session.Logged.Select(l => l.Done));
    }

    [Fact]
    public void Editing_an_older_message_changes_nothing_and_says_so_in_one_line()
    {
        var chat = SessionFlowTests.Started();
        chat.Step(new TextInput("12") { MessageId = 41 });
        chat.Step(new TextInput("14") { MessageId = 42 });
        var before = chat.State;

        var outcome = chat.Step(new EditedTextInput("15", 41));

        Assert.Equal(before, chat.State);
        Assert.Equal("Edits of earlier messages don't change anything. Send a new message instead.", Assert.Single(outcome.Replies).Text.Plain);
        Assert.Empty(outcome.Effects);
    }

    [Fact]
    public void An_edit_outside_a_session_changes_nothing()
    {
        var chat = DialogDriver.Onboarded();

        var outcome = chat.Step(new EditedTextInput("/start", 3));

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains("Edits of earlier messages don't change anything", Assert.Single(outcome.Replies).Text.Plain);
    }

    [Fact]
    public void An_edit_that_cannot_be_read_as_a_result_keeps_the_set_as_logged()
    {
        var chat = SessionFlowTests.Started();
        chat.Step(new TextInput("12") { MessageId = 41 });

        var outcome = chat.Step(new EditedTextInput("12, 10", 41));

        Assert.Equal(12, Assert.Single(chat.Session.Logged).Done);
        Assert.StartsWith("I couldn't read that edit as a result", Assert.Single(outcome.Replies).Text.Plain, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pressed_done_button_leaves_nothing_to_correct()
    {
        var chat = SessionFlowTests.Started();
        chat.Step(new TextInput("12") { MessageId = 41 });
        chat.Press("Done");

        chat.Step(new EditedTextInput("15", 41));

        Assert.Equal(12, chat.Session.Logged[0].Done);
    }

    [Fact]
    public void An_edited_message_is_screened_for_red_flags_first()
    {
        var chat = SessionFlowTests.Started();
        chat.Step(new TextInput("12") { MessageId = 41 });

        var outcome = chat.Step(new EditedTextInput("12 but now I have chest pain", 41));

        Assert.Equal(Phase.Idle, chat.State.Phase);
        Assert.Contains("urgent", string.Join(" ", outcome.Replies.Select(r => r.Text.Plain)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_edited_message_that_reports_pain_starts_the_pain_questions()
    {
        var chat = SessionFlowTests.Started();

        chat.Step(new EditedTextInput("my knee hurts", 5));

        Assert.Equal(Phase.AskPain, chat.State.Phase);
    }
}
