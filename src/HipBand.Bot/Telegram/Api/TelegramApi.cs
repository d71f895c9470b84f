using System.Text.Json;
using HipBand.Coaching.Storage;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace HipBand.Bot.Telegram.Api;

/// <summary>
/// The Bot API as the bot uses it: Telegram.Bot underneath, its own retrying off (the outbox owns 429s), every
/// failure a <see cref="BotApiException"/> without the token. The HttpClient is built here, not by a factory, so that
/// no HTTP logging can print a request URL, which holds the token.
/// </summary>
internal sealed class TelegramApi : IDisposable
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>The updates this bot handles; others are never sent to it.</summary>
    public static readonly IReadOnlyList<UpdateType> AllowedUpdates =
        [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    private readonly HttpClient http;
    private readonly string token;

    public TelegramApi(TelegramOptions options, BotApiActivity? activity = null)
    {
        token = options.BotToken;
        var network = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = options.MaxConnections,
        };
        http = new HttpClient(new AnswerInspector(network, activity)) { Timeout = Timeout.InfiniteTimeSpan };
        BotApiJson.Register();
        Client = new TelegramBotClient(new TelegramBotClientOptions(token, options.ApiBaseUrl.TrimEnd('/')) { RetryThreshold = 0 }, http);
    }

    /// <summary>The package's client, for what this class does not wrap.</summary>
    public ITelegramBotClient Client { get; }

    public string Token => token;

    public Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        BotCall.RunAsync("getMe", token, RequestTimeout, ct => Client.GetMe(ct), cancellationToken);

    /// <summary>
    /// The next updates, each as the JSON Telegram sent (kept as it came, so that no field this release does not know
    /// is lost when it is stored) and as the package reads it; one it cannot read is left for the caller to skip.
    /// </summary>
    public async Task<IReadOnlyList<ReceivedUpdate>> GetUpdatesAsync(long offset, TimeSpan wait, int limit, CancellationToken cancellationToken)
    {
        var request = new GetUpdatesRequest { Offset = (int)offset, Limit = limit, Timeout = (int)wait.TotalSeconds, AllowedUpdates = AllowedUpdates };
        var body = JsonSerializer.Serialize(request, BotApiJson.Options.GetTypeInfo(typeof(GetUpdatesRequest)));
        var raw = await BotCall.RunAsync(
            "getUpdates",
            token,
            wait + RequestTimeout,
            ct => Client.SendRequest(new PreparedRequest<JsonElement[]>("getUpdates", body), ct),
            cancellationToken).ConfigureAwait(false);
        return [.. raw.Select(ReceivedUpdate.Read)];
    }

    public Task DeleteWebhookAsync(CancellationToken cancellationToken) =>
        BotCall.SendAsync("deleteWebhook", token, RequestTimeout, async ct => { await Client.DeleteWebhook(cancellationToken: ct).ConfigureAwait(false); return true; }, cancellationToken);

    /// <summary>Points Telegram at the webhook; from then on getUpdates is refused until the webhook is deleted.</summary>
    public Task SetWebhookAsync(string url, string secretToken, int maxConnections, CancellationToken cancellationToken) =>
        BotCall.SendAsync(
            "setWebhook",
            token,
            RequestTimeout,
            async ct =>
            {
                await Client.SetWebhook(url, maxConnections: maxConnections, allowedUpdates: AllowedUpdates, secretToken: secretToken, cancellationToken: ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    public Task SetMyCommandsAsync(IEnumerable<BotCommand> commands, CancellationToken cancellationToken) =>
        BotCall.SendAsync("setMyCommands", token, RequestTimeout, async ct => { await Client.SetMyCommands(commands, cancellationToken: ct).ConfigureAwait(false); return true; }, cancellationToken);

    public Task AnswerCallbackQueryAsync(string queryId, string? text, CancellationToken cancellationToken) =>
        BotCall.SendAsync("answerCallbackQuery", token, RequestTimeout, async ct => { await Client.AnswerCallbackQuery(queryId, text, cancellationToken: ct).ConfigureAwait(false); return true; }, cancellationToken);

    /// <summary>Sends an outbox row; false when Telegram did it but its answer could not be read.</summary>
    public Task<bool> SendAsync(PendingMessage row, CancellationToken cancellationToken) =>
        BotCall.SendAsync(row.Method, token, RequestTimeout, ct => OutboxRequests.SendAsync(Client, row, ct), cancellationToken);

    public void Dispose() => http.Dispose();
}
