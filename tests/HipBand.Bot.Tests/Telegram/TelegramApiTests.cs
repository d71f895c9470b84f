using System.Net;
using System.Net.Sockets;
using HipBand.Bot.Telegram;
using HipBand.Bot.Telegram.Api;
using HipBand.Coaching.Storage;
using HipBand.Testing;

namespace HipBand.Bot.Tests.Telegram;

public sealed class TelegramApiTests : IAsyncLifetime
{
    private FakeBotApi telegram = null!;

    public async Task InitializeAsync() => telegram = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await telegram.DisposeAsync();

    [Fact]
    public async Task GetMe_reads_the_bot()
    {
        using var client = Client(telegram.Token);

        var me = await client.GetMeAsync(CancellationToken.None);

        Assert.Equal("hipband_test_bot", me.Username);
    }

    [Theory]
    [InlineData(400, "BadRequest")]
    [InlineData(403, "Forbidden")]
    [InlineData(409, "Conflict")]
    [InlineData(500, "ServerError")]
    [InlineData(502, "ServerError")]
    [InlineData(404, "Other")]
    public async Task Errors_are_typed_by_what_to_do_about_them(int code, string failure)
    {
        telegram.FailNext("sendMessage", 1, code, "nope");
        using var client = Client(telegram.Token);

        var error = await Assert.ThrowsAsync<BotApiException>(() => client.SendAsync(Row("sendMessage", """{"chat_id":1,"text":"x"}"""), CancellationToken.None));

        Assert.Equal((failure, code), (error.Failure.ToString(), error.ErrorCode));
    }

    [Fact]
    public async Task Too_many_requests_carries_retry_after()
    {
        telegram.FailNext("sendMessage", 1, 429, "Too Many Requests: retry after 7", retryAfter: 7);
        using var client = Client(telegram.Token);

        var error = await Assert.ThrowsAsync<BotApiException>(() => client.SendAsync(Row("sendMessage", """{"chat_id":1,"text":"x"}"""), CancellationToken.None));

        Assert.Equal(BotApiFailure.TooManyRequests, error.Failure);
        Assert.Equal(TimeSpan.FromSeconds(7), error.RetryAfter);
    }

    [Fact]
    public async Task A_wrong_token_is_unauthorized()
    {
        using var client = Client("1:wrong");

        var error = await Assert.ThrowsAsync<BotApiException>(() => client.GetMeAsync(CancellationToken.None));

        Assert.Equal(BotApiFailure.Unauthorized, error.Failure);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_network_failure_that_never_shows_the_token()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var client = new TelegramApi(new TelegramOptions { BotToken = telegram.Token, ApiBaseUrl = $"http://127.0.0.1:{port}" });

        var error = await Assert.ThrowsAsync<BotApiException>(() => client.GetMeAsync(CancellationToken.None));

        Assert.Equal(BotApiFailure.Network, error.Failure);
        Assert.True(error.IsTransient);
        Assert.DoesNotContain(telegram.Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_concurrent_poll_gets_409()
    {
        using var first = Client(telegram.Token);
        using var second = Client(telegram.Token);
        var waiting = first.GetUpdatesAsync(0, TimeSpan.FromSeconds(5), 100, CancellationToken.None);
        await telegram.WaitUntilAsync(f => f.IsPolling, TimeSpan.FromSeconds(10), "the first poll");

        var conflict = await Assert.ThrowsAsync<BotApiException>(() => second.GetUpdatesAsync(0, TimeSpan.Zero, 100, CancellationToken.None));

        Assert.Equal(BotApiFailure.Conflict, conflict.Failure);
        telegram.UserSends(1, "hi");
        Assert.Single(await waiting);
    }

    [Fact]
    public async Task A_long_poll_returns_as_soon_as_an_update_arrives_and_offsets_confirm()
    {
        using var client = Client(telegram.Token);
        var polling = client.GetUpdatesAsync(0, TimeSpan.FromSeconds(30), 100, CancellationToken.None);
        var id = telegram.UserSends(5, "hello");

        var updates = await polling;
        Assert.Equal(id, Assert.Single(updates).Id);

        var again = await client.GetUpdatesAsync(id + 1, TimeSpan.Zero, 100, CancellationToken.None);
        Assert.Empty(again);
        Assert.Equal(0, telegram.PendingUpdates);
    }

    [Fact]
    public async Task Documents_are_uploaded_as_multipart()
    {
        using var client = Client(telegram.Token);

        var row = OutboxRequests.Document(5, "export.csv", "a,b\n1,2\n", "Your data");
        await client.SendAsync(new PendingMessage(1, 5, row.Method, row.Payload, DateTimeOffset.UnixEpoch), CancellationToken.None);

        var sent = Assert.Single(telegram.SentTo(5, "sendDocument"));
        Assert.Equal("export.csv", sent.Body["document"]!["file_name"]!.GetValue<string>());
        Assert.Equal("a,b\n1,2\n", sent.Body["document"]!["content"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_send_that_telegram_did_but_answered_oddly_is_done_and_a_read_that_cannot_be_read_says_so()
    {
        using var client = Client(telegram.Token);
        telegram.AnswerNextWith("sendMessage", """{"ok":true,"result":42}""");
        telegram.AnswerNextWith("sendMessage", """{"ok":true}""");
        telegram.AnswerNextWith("getMe", """{"ok":true,"result":[1,2]}""");
        telegram.AnswerNextWith("sendMessage", "<html>a proxy's page</html>");

        var odd = await client.SendAsync(Row("sendMessage", """{"chat_id":1,"text":"x"}"""), CancellationToken.None);
        var sent = await client.SendAsync(Row("sendMessage", """{"chat_id":1,"text":"x"}"""), CancellationToken.None);
        var unreadable = await Assert.ThrowsAsync<BotApiException>(() => client.GetMeAsync(CancellationToken.None));
        var proxy = await Assert.ThrowsAsync<BotApiException>(() => client.SendAsync(Row("sendMessage", """{"chat_id":1,"text":"x"}"""), CancellationToken.None));

        Assert.True(odd, "a result the sender reads past is no trouble");
        Assert.False(sent, "no result at all: done, but not as expected");
        Assert.Equal(BotApiFailure.UnreadableResult, unreadable.Failure);
        Assert.False(unreadable.IsTransient);
        Assert.True(proxy.IsTransient);
    }

    [Fact]
    public async Task Request_bodies_go_out_with_a_length_never_chunked()
    {
        using var client = Client(telegram.Token);

        await client.SendAsync(Row("sendMessage", """{"chat_id":1,"text":"x"}"""), CancellationToken.None);
        await client.SetMyCommandsAsync([new() { Command = "help", Description = "How I work" }], CancellationToken.None);

        Assert.All(telegram.Requests, r => Assert.False(r.Chunked, r.Method));
    }

    private static PendingMessage Row(string method, string payload) => new(1, 1, method, payload, DateTimeOffset.UnixEpoch);

    private TelegramApi Client(string token) => new(new TelegramOptions { BotToken = token, ApiBaseUrl = telegram.BaseUrl });
}
