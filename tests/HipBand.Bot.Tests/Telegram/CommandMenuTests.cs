using HipBand.Testing.Engines;
using HipBand.Bot.Tests.Support;
using HipBand.Coaching.Dialog.Table;
using HipBand.Coaching.Text.English;

namespace HipBand.Bot.Tests.Telegram;

/// <summary>Telegram's command menu and /help come from the one command table, so they list the same commands.</summary>
public sealed class CommandMenuTests : FakeTelegramTest
{
    [EngineFact]
    public async Task Every_command_of_the_table_is_in_the_menu_sent_to_telegram_and_in_help()
    {
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"));
        const long chat = 7401;
        await Telegram.WaitUntilAsync(f => f.Requests.Any(r => r.Method == "setMyCommands"), Patience, "setMyCommands");
        Telegram.UserSends(chat, "/help");
        await Telegram.WaitForMessagesAsync(chat, 1, Patience);

        var menu = Telegram.Requests.Single(r => r.Method == "setMyCommands").Body["commands"]!.AsArray()
            .Select(c => (Name: c!["command"]!.GetValue<string>(), Description: c["description"]!.GetValue<string>()))
            .ToList();
        var help = Telegram.TextsTo(chat)[0];

        Assert.Equal(CommandTable.All.Select(c => c.Name), menu.Select(m => m.Name));
        Assert.Contains(menu, m => m.Name == "cancel");
        foreach (var command in CommandTable.All)
        {
            var description = command.Description(EnglishTexts.Instance);
            Assert.Contains((command.Name, description), menu);
            Assert.Contains($"/{command.Name} {char.ToLowerInvariant(description[0])}{description[1..]}\n", help);
        }
    }
}
