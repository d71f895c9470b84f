using HipBand.Bot.Composition;
using HipBand.Bot.Terminal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace HipBand.Bot.Tests.Support;

/// <summary>A scripted conversation in the terminal chat, on the real host's storage and reminders; returns what it printed.</summary>
public static class TerminalConversation
{
    public static async Task<string> RunAsync(IReadOnlyDictionary<string, string?> settings, long chatId, params string[] lines)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCoaching();
        var output = new StringWriter { NewLine = "\n" };
        builder.AddTerminalChat(new TerminalChatOptions(chatId, new StringReader(string.Join('\n', lines)), output, Interactive: false)).AddReminders().AddTurns();

        var host = builder.Build();
        await host.RunAsync().WaitAsync(TimeSpan.FromMinutes(1));
        return output.ToString();
    }
}
