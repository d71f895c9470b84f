using HipBand.Coaching.Dialog;
using HipBand.Coaching.Dialog.Table;

namespace HipBand.Coaching.Tests.Dialog;

public class DialogDocumentTests
{
    [Fact]
    public void Docs_dialog_md_is_drawn_from_the_tables()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "DIALOG.md");
        var drawn = DialogDocument.Render();
        if (Environment.GetEnvironmentVariable("HIPBAND_WRITE_DOCS") == "1")
        {
            File.WriteAllText(path, drawn);
        }

        Assert.Equal(drawn, File.ReadAllText(path).Replace("\r", "", StringComparison.Ordinal));
    }

    [Fact]
    public void The_diagram_has_an_edge_for_every_declared_move_of_every_state()
    {
        var drawn = DialogDocument.Render();

        foreach (var state in DialogTable.States.Values)
        {
            foreach (var answer in state.Answers)
            {
                Assert.All(answer.GoesTo, to => Assert.Contains($"    {state.Phase} --> {to}: {answer.Name}\n", drawn));
            }
        }

        Assert.Equal(Enum.GetValues<Phase>().Order(), DialogTable.States.Keys.Order());
    }

    [Fact]
    public void Help_and_the_menu_list_every_command_of_the_table()
    {
        var help = Coach.Step(ChatState.Fresh, new CommandInput("help"), DateTimeOffset.UnixEpoch).Replies[0].Text.Plain;

        Assert.All(CommandTable.All, command => Assert.Contains($"/{command.Name} ", help));
        Assert.Equal(CommandTable.All.Select(c => c.Name), Coach.Menu().Select(m => m.Name));
        Assert.All(Coach.Menu(), m => Assert.InRange(m.Description.Length, 3, 256));
    }

    internal static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "HipBandBot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("The repository root was not found.");
    }
}
