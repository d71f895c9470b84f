using HipBand.Testing;

namespace HipBand.Bot.Tests.Support;

/// <summary>A test class with a fresh fake Bot API server and a temporary folder for each test, both gone after it.</summary>
public abstract class FakeTelegramTest : IAsyncLifetime
{
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    protected TempFolder Folder { get; } = new();

    protected FakeBotApi Telegram { get; private set; } = null!;

    public async Task InitializeAsync() => Telegram = await FakeBotApi.StartAsync();

    public async Task DisposeAsync()
    {
        await Telegram.DisposeAsync();
        Folder.Dispose();
    }
}
