using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HipBand.Testing;

/// <summary>
/// A Bot API server on 127.0.0.1 with Telegram's semantics for the methods the bot uses: offsets confirm
/// updates, getUpdates long-polls and delivers only the kinds of update asked for, a second concurrent poll gets
/// 409, message ids count up, and 429 and 403 can be switched on. It is as strict as Telegram: HTML it cannot
/// parse, texts and captions out of bounds, bad buttons, edits that change nothing and answers to expired button
/// presses are refused with Telegram's 400s, which are kept in <see cref="Refusals"/> (disposing the server fails
/// when there are any, so every test that uses it fails on a 400); with flood control on, messages beyond
/// Telegram's limits get 429 with <c>retry_after</c>. With a webhook set it posts updates to the bot as Telegram does
/// (<c>FakeBotApi.Webhook.cs</c>) and refuses getUpdates.
/// </summary>
public sealed partial class FakeBotApi : IAsyncDisposable
{
    public const string DefaultToken = "123456789:AAF-fake-token-for-tests_0123456789";

    private readonly Lock gate = new();
    private readonly WebApplication app;
    private readonly List<JsonObject> pending = [];
    private readonly List<SentRequest> requests = [];
    private readonly Dictionary<(long Chat, long Message), JsonObject> sentMessages = [];
    private readonly HashSet<long> blocked = [];
    private readonly List<Failure> failures = [];
    private readonly List<string> refusals = [];
    private readonly List<(string Method, string Body)> odd = [];
    private readonly List<Hold> holds = [];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonObject, object> chunkedBodies = [];
    private readonly Dictionary<string, (long IssuedAt, bool Answered)> callbackQueries = [];
    private readonly Dictionary<long, (long Chat, long Message)> userMessages = [];
    private readonly Dictionary<long, string> queryOfUpdate = [];
    private long confirmedOffset;
    private readonly TimeProvider clock;
    private readonly FloodControl? flood;
    private HashSet<string>? allowedUpdates;
    private int tooManyRequests;
    private TaskCompletionSource changed = NewSignal();
    private long nextUpdateId = 1000;
    private long nextMessageId = 1;
    private long messageCounter;
    private int polling;
    private IReadOnlySet<string> knownEffects = new HashSet<string> { ConfettiEffect };

    private readonly bool keepHistory;

    private FakeBotApi(WebApplication app, string token, bool keepHistory, bool floodControl, TimeProvider clock)
    {
        this.app = app;
        Token = token;
        this.keepHistory = keepHistory;
        this.clock = clock;
        flood = floodControl ? new FloodControl(clock) : null;
    }

    /// <summary>How long Telegram waits for a button press to be answered; an answer after that is refused.</summary>
    public static readonly TimeSpan CallbackQueryLifetime = TimeSpan.FromSeconds(15);

    /// <summary>Telegram's longest message text, counted after the HTML is parsed, and longest caption.</summary>
    public const int MaxTextLength = 4096;

    public const int MaxCaptionLength = 1024;

    /// <summary>The 400s this server gave of its own strictness (not those asked for with <see cref="FailNext"/>).</summary>
    public IReadOnlyList<string> Refusals
    {
        get
        {
            lock (gate)
            {
                return [.. refusals];
            }
        }
    }

    /// <summary>A test of the server's own strictness sets this, so that its refusals do not fail the disposal.</summary>
    public bool RefusalsExpected { get; set; }

    /// <summary>The 🎉 effect's id, the one message effect this server knows unless told otherwise.</summary>
    public const string ConfettiEffect = "5046509860389126442";

    /// <summary>
    /// The message effect ids Telegram accepts. The Bot API publishes no list, so this holds the one the bot uses; a test
    /// sets it to another list (or none) to play an id Telegram no longer knows, which is refused with EFFECT_ID_INVALID.
    /// </summary>
    public IReadOnlySet<string> KnownEffects
    {
        get
        {
            lock (gate)
            {
                return knownEffects;
            }
        }

        set
        {
            lock (gate)
            {
                knownEffects = value.ToHashSet();
            }
        }
    }

    /// <summary>How many 429s flood control gave.</summary>
    public int TooManyRequests => Volatile.Read(ref tooManyRequests);

    /// <summary>Raised for every message the bot sends: chat id and text. For load tests, which keep no history.</summary>
    public event Action<long, string>? MessageSent;

    public string Token { get; }

    public string BaseUrl { get; private set; } = "";

    /// <summary>Every request received, in order of arrival.</summary>
    public IReadOnlyList<SentRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>A getUpdates call is being held open.</summary>
    public bool IsPolling => Volatile.Read(ref polling) == 1;

    /// <summary>The updates Telegram still holds (not confirmed by an offset).</summary>
    public int PendingUpdates
    {
        get
        {
            lock (gate)
            {
                return pending.Count;
            }
        }
    }

    /// <param name="token">The token the bot must use; any other gets 401.</param>
    /// <param name="keepHistory">False for load tests: requests are not kept, only <see cref="MessageSent"/> is raised.</param>
    /// <param name="floodControl">Refuse messages beyond Telegram's sending limits with 429.</param>
    /// <param name="clock">The clock flood control and button presses are timed by; the system's by default.</param>
    public static async Task<FakeBotApi> StartAsync(string token = DefaultToken, bool keepHistory = true, bool floodControl = false, TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeBotApi(app, token, keepHistory, floodControl, clock ?? TimeProvider.System);
        app.MapPost("/bot{token}/{method}", fake.HandleAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    // ----- what the person does -----

    public long UserSends(long chatId, string text)
    {
        var message = Message(chatId, text);
        var updateId = AddUpdate("message", message);
        lock (gate)
        {
            userMessages[updateId] = (chatId, message["message_id"]!.GetValue<long>());
        }

        return updateId;
    }

    /// <summary>The person edits the message they sent with update <paramref name="updateId"/>.</summary>
    public long UserEdits(long updateId, string text)
    {
        (long Chat, long Message) sent;
        lock (gate)
        {
            sent = userMessages[updateId];
        }

        var edited = Message(sent.Chat, text);
        edited["message_id"] = sent.Message;
        edited["edit_date"] = 1_700_000_100;
        return AddUpdate("edited_message", edited);
    }

    public long UserSendsSticker(long chatId) => AddUpdate("message", Message(chatId, null, ("sticker", new JsonObject
    {
        ["file_id"] = "s1", ["file_unique_id"] = "u1", ["type"] = "regular", ["width"] = 512, ["height"] = 512,
        ["is_animated"] = false, ["is_video"] = false, ["emoji"] = "🙂",
    })));

    public long UserSendsPhoto(long chatId) => AddUpdate("message", Message(chatId, null, ("photo", new JsonArray(new JsonObject
    {
        ["file_id"] = "p1", ["file_unique_id"] = "u2", ["width"] = 10, ["height"] = 10,
    }))));

    public long UserSendsInGroup(long groupId, string text)
    {
        var message = Message(groupId, text);
        message["chat"] = new JsonObject { ["id"] = groupId, ["type"] = "group", ["title"] = "Runners" };
        return AddUpdate("message", message);
    }

    /// <summary>Presses a button of a message the bot sent, with the data that button carries.</summary>
    public long UserPresses(long chatId, long messageId, string data)
    {
        JsonObject message;
        lock (gate)
        {
            message = (JsonObject)sentMessages[(chatId, messageId)].DeepClone();
        }

        var queryId = $"cq{Interlocked.Increment(ref nextMessageId)}";
        lock (gate)
        {
            callbackQueries[queryId] = (clock.GetTimestamp(), false);
        }

        var updateId = AddUpdate("callback_query", new JsonObject
        {
            ["id"] = queryId,
            ["from"] = Person(chatId),
            ["message"] = message,
            ["chat_instance"] = "1",
            ["data"] = data,
        });
        lock (gate)
        {
            queryOfUpdate[updateId] = queryId;
        }

        return updateId;
    }

    /// <summary>The id of the button press sent as update <paramref name="updateId"/>.</summary>
    public string QueryIdOf(long updateId)
    {
        lock (gate)
        {
            return queryOfUpdate[updateId];
        }
    }

    /// <summary>Every update below this the bot has confirmed with its getUpdates offset: it is done with them.</summary>
    public long ConfirmedOffset => Interlocked.Read(ref confirmedOffset);

    /// <summary>Presses the button whose label contains <paramref name="label"/> on the latest message to the chat that has it.</summary>
    public long UserPresses(long chatId, string label)
    {
        var message = SentTo(chatId).Last(r => r.Buttons.Any(b => b.Text.Contains(label, StringComparison.Ordinal)));
        var button = message.Buttons.First(b => b.Text.Contains(label, StringComparison.Ordinal));
        return UserPresses(chatId, message.MessageId!.Value, button.Data);
    }

    public long UserBlocksBot(long chatId) => AddUpdate("my_chat_member", new JsonObject
    {
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
        ["from"] = Person(chatId),
        ["date"] = 0,
        ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = Bot() },
        ["new_chat_member"] = new JsonObject { ["status"] = "kicked", ["user"] = Bot(), ["until_date"] = 0 },
    });

    // ----- what Telegram does -----

    /// <summary>Sends to this chat get 403 until <see cref="Unblock"/>.</summary>
    public void Block(long chatId)
    {
        lock (gate)
        {
            blocked.Add(chatId);
        }
    }

    public void Unblock(long chatId)
    {
        lock (gate)
        {
            blocked.Remove(chatId);
        }
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> (to <paramref name="chatId"/>, if given) fail with this error.</summary>
    public void FailNext(string method, int count, int errorCode, string description, int? retryAfter = null, long? chatId = null)
    {
        lock (gate)
        {
            failures.Add(new Failure(method, chatId, errorCode, description, retryAfter) { Remaining = count });
        }
    }

    /// <summary>
    /// The next call of <paramref name="method"/> to <paramref name="chatId"/> is held without an answer until released
    /// (or the caller goes away): a test can kill the bot while the request is in flight.
    /// </summary>
    public Hold HoldNext(string method, long chatId)
    {
        var hold = new Hold(method, chatId);
        lock (gate)
        {
            holds.Add(hold);
        }

        return hold;
    }

    /// <summary>The next call of <paramref name="method"/> succeeds with exactly this body (to answer oddly, as a proxy or a newer API might).</summary>
    public void AnswerNextWith(string method, string body)
    {
        lock (gate)
        {
            odd.Add((method, body));
        }
    }

    // ----- what the bot sent -----

    public IReadOnlyList<SentRequest> SentTo(long chatId, string method = "sendMessage") =>
        Requests.Where(r => r.ChatId == chatId && r.Method == method).ToList();

    public IReadOnlyList<string> TextsTo(long chatId) => SentTo(chatId).Select(r => r.Text ?? "").ToList();

    /// <summary>The photos the chat was sent, as the bytes uploaded.</summary>
    public IReadOnlyList<byte[]> PhotosTo(long chatId) =>
        SentTo(chatId, "sendPhoto").Select(r => Convert.FromBase64String(r.Body["photo"]!["base64"]!.GetValue<string>())).ToList();

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking on every request received; no polling sleeps.</summary>
    public async Task WaitUntilAsync(Func<FakeBotApi, bool> condition, TimeSpan timeout, string? what = null)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                signal = changed.Task;
            }

            if (condition(this))
            {
                return;
            }

            try
            {
                await signal.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Timed out after {timeout} waiting for {what ?? "a condition"}.");
            }
        }
    }

    /// <summary>Waits until the chat has had at least <paramref name="count"/> messages.</summary>
    public Task WaitForMessagesAsync(long chatId, int count, TimeSpan? timeout = null) =>
        WaitUntilAsync(f => f.SentTo(chatId).Count >= count, timeout ?? TimeSpan.FromSeconds(30), $"{count} messages to chat {chatId}");

    public async ValueTask DisposeAsync()
    {
        await StopDeliveringAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        var refused = Refusals;
        if (refused.Count > 0 && !RefusalsExpected)
        {
            throw new InvalidOperationException($"The bot sent {refused.Count} request(s) Telegram would refuse:\n" + string.Join("\n", refused.Take(20)));
        }
    }

    // ----- the server -----

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        if (token != Token)
        {
            await WriteErrorAsync(context, 401, "Unauthorized");
            return;
        }

        var body = await ReadBodyAsync(context.Request);
        if (context.Request.Headers.TransferEncoding.Any(e => e?.Contains("chunked", StringComparison.OrdinalIgnoreCase) == true))
        {
            chunkedBodies.AddOrUpdate(body, true);
        }

        var chatId = body["chat_id"] is { } id ? id.GetValue<long>() : 0;
        if (method == "getUpdates")
        {
            await GetUpdatesAsync(context, body);
            return;
        }

        if (TakeHold(method, chatId) is { } hold)
        {
            Record(new SentRequest(method + "!held", chatId, body, null));
            hold.Arrive();
            try
            {
                await hold.Released.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the bot went away mid-request
            }
        }

        if (TakeOddAnswer(method) is { } oddBody)
        {
            Record(new SentRequest(method, chatId, body, null));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(oddBody);
            return;
        }

        if (TakeFailure(method, chatId) is { } failure)
        {
            Record(new SentRequest(method + "!failed", chatId, body, null));
            await WriteErrorAsync(context, failure.ErrorCode, failure.Description, failure.RetryAfter);
            return;
        }

        bool isBlocked;
        lock (gate)
        {
            isBlocked = blocked.Contains(chatId);
        }

        if (isBlocked && method is "sendMessage" or "sendDocument" or "sendPhoto" or "editMessageReplyMarkup" or "editMessageText")
        {
            Record(new SentRequest(method + "!blocked", chatId, body, null));
            await WriteErrorAsync(context, 403, "Forbidden: bot was blocked by the user");
            return;
        }

        if (Refuse(method, chatId, body) is { } refusal)
        {
            lock (gate)
            {
                refusals.Add($"{method} to {chatId}: {refusal}");
            }

            Record(new SentRequest(method + "!refused", chatId, body, null));
            await WriteErrorAsync(context, 400, "Bad Request: " + refusal);
            return;
        }

        if (flood is not null && method is "sendMessage" or "sendDocument" or "sendPhoto" or "editMessageReplyMarkup" or "editMessageText"
            && flood.TryTake(chatId) is { } wait)
        {
            Interlocked.Increment(ref tooManyRequests);
            var seconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));
            Record(new SentRequest(method + "!flood", chatId, body, null));
            await WriteErrorAsync(context, 429, $"Too Many Requests: retry after {seconds}", seconds);
            return;
        }

        JsonNode result = method switch
        {
            "getMe" => Bot(),
            "sendMessage" or "sendDocument" or "sendPhoto" => SendMessage(method, chatId, body),
            "editMessageReplyMarkup" or "editMessageText" => Edit(method, chatId, body),
            "setWebhook" => SetWebhook(body),
            "deleteWebhook" => DeleteWebhook(body),
            "getWebhookInfo" => WebhookInfo(body),
            _ => Accept(method, chatId, body),
        };
        await WriteResultAsync(context, result);
    }

    /// <summary>What Telegram would say is wrong with the request (after "Bad Request: "), or null.</summary>
    private string? Refuse(string method, long chatId, JsonObject body)
    {
        switch (method)
        {
            case "sendMessage":
                return BotApiRules.Text(body) ?? BotApiRules.Keyboard(body) ?? Effect(chatId, body);

            case "sendDocument":
                return BotApiRules.Caption(body);

            case "sendPhoto":
                return BotApiRules.Photo(body) ?? BotApiRules.Caption(body);

            case "editMessageText" or "editMessageReplyMarkup":
                var problem = (method == "editMessageText" ? BotApiRules.Text(body) : null) ?? BotApiRules.Keyboard(body);
                if (problem is not null || !keepHistory)
                {
                    return problem;
                }

                lock (gate)
                {
                    if (!sentMessages.TryGetValue((chatId, body["message_id"]?.GetValue<long>() ?? 0), out var message))
                    {
                        return "message to edit not found";
                    }

                    var sameText = method == "editMessageReplyMarkup" || JsonNode.DeepEquals(message["text"], body["text"]);
                    return sameText && JsonNode.DeepEquals(message["reply_markup"], body["reply_markup"])
                        ? "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message"
                        : null;
                }

            case "setWebhook":
                return WebhookRules.Refuse(body);

            case "answerCallbackQuery":
                lock (gate)
                {
                    var id = body["callback_query_id"]?.GetValue<string>() ?? "";
                    if (!callbackQueries.TryGetValue(id, out var query) || query.Answered || clock.GetElapsedTime(query.IssuedAt) > CallbackQueryLifetime)
                    {
                        return "query is too old and response timeout expired or query ID is invalid";
                    }

                    callbackQueries[id] = query with { Answered = true };
                    return null;
                }

            default:
                return null;
        }
    }

    /// <summary>
    /// A message effect: private chats only (as the Bot API documents it; the words of that refusal are ours), and an
    /// id this server knows (<see cref="KnownEffects"/>), else Telegram's EFFECT_ID_INVALID.
    /// </summary>
    private string? Effect(long chatId, JsonObject body)
    {
        if (body["message_effect_id"] is not { } effect)
        {
            return null;
        }

        if (chatId < 0)
        {
            return "message effects can be used only in private chats";
        }

        return KnownEffects.Contains(effect.GetValue<string>()) ? null : "EFFECT_ID_INVALID";
    }

    private JsonNode SendMessage(string method, long chatId, JsonObject body)
    {
        var messageId = Interlocked.Increment(ref nextMessageId);
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "group" : "private" },
            ["from"] = Bot(),
            ["date"] = 0,
            ["text"] = body["text"]?.DeepClone(),
        };
        if (method == "sendPhoto" && BotApiRules.ImageSize(Convert.FromBase64String(body["photo"]!["base64"]!.GetValue<string>())) is var (width, height))
        {
            message["photo"] = new JsonArray(new JsonObject
            {
                ["file_id"] = $"photo-{messageId}", ["file_unique_id"] = $"p{messageId}", ["width"] = width, ["height"] = height,
            });
            message["caption"] = body["caption"]?.DeepClone();
        }

        if (body["reply_markup"] is { } markup)
        {
            message["reply_markup"] = markup.DeepClone();
        }

        if (keepHistory)
        {
            lock (gate)
            {
                sentMessages[(chatId, messageId)] = message;
            }
        }

        Record(new SentRequest(method, chatId, body, messageId));
        MessageSent?.Invoke(chatId, body["text"]?.GetValue<string>() ?? "");
        return keepHistory ? message.DeepClone() : message;
    }

    /// <summary>Like Telegram, answers an edit of a message in a chat with the edited message.</summary>
    private JsonNode Edit(string method, long chatId, JsonObject body)
    {
        var messageId = body["message_id"]!.GetValue<long>();
        JsonNode edited = new JsonObject
        {
            ["message_id"] = messageId,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "group" : "private" },
            ["date"] = 0,
        };
        lock (gate)
        {
            if (sentMessages.TryGetValue((chatId, messageId), out var message))
            {
                message["reply_markup"] = body["reply_markup"]?.DeepClone();
                if (method == "editMessageText")
                {
                    message["text"] = body["text"]?.DeepClone();
                }

                edited = message.DeepClone();
            }
        }

        Record(new SentRequest(method, chatId, body, messageId));
        return edited;
    }

    private JsonNode Accept(string method, long chatId, JsonObject body)
    {
        Record(new SentRequest(method, chatId, body, null));
        return true;
    }

    private async Task GetUpdatesAsync(HttpContext context, JsonObject body)
    {
        if (WebhookActive)
        {
            Record(new SentRequest("getUpdates!conflict", 0, body, null));
            await WriteErrorAsync(context, 409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            return;
        }

        if (Interlocked.Exchange(ref polling, 1) == 1)
        {
            await WriteErrorAsync(context, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
            return;
        }

        lock (gate)
        {
            Pulse();
        }

        try
        {
            if (body["allowed_updates"] is JsonArray allowed)
            {
                // Telegram keeps the last list it was given, and drops updates of other kinds.
                lock (gate)
                {
                    allowedUpdates = allowed.Count == 0 ? null : [.. allowed.Select(kind => kind!.GetValue<string>())];
                }
            }

            var offset = body["offset"]?.GetValue<long>() ?? 0;
            lock (gate)
            {
                confirmedOffset = Math.Max(confirmedOffset, offset);
            }

            var limit = Math.Clamp(body["limit"]?.GetValue<int>() ?? 100, 1, 100);
            var wait = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            deadline.CancelAfter(wait);
            while (true)
            {
                Task signal;
                JsonArray batch;
                lock (gate)
                {
                    // An offset confirms every update below it: Telegram forgets them.
                    pending.RemoveAll(u => u["update_id"]!.GetValue<long>() < offset || !Allowed(u));
                    batch = new JsonArray(pending.Take(limit).Select(u => (JsonNode)u.DeepClone()).ToArray());
                    signal = changed.Task;
                }

                if (batch.Count > 0 || deadline.IsCancellationRequested)
                {
                    await WriteResultAsync(context, batch);
                    return;
                }

                try
                {
                    await signal.WaitAsync(deadline.Token);
                }
                catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
                {
                    // The long-poll timeout passed: answer with what there is (nothing).
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The bot went away mid-poll.
        }
        finally
        {
            Volatile.Write(ref polling, 0);
        }
    }

    /// <summary>Whether the bot asked for updates of this one's kind; called under the gate.</summary>
    private bool Allowed(JsonObject update) =>
        allowedUpdates is null || update.Any(p => p.Key != "update_id" && allowedUpdates.Contains(p.Key));

    private long AddUpdate(string kind, JsonObject payload)
    {
        lock (gate)
        {
            var id = nextUpdateId++;
            pending.Add(new JsonObject { ["update_id"] = id, [kind] = payload });
            Pulse();
            return id;
        }
    }

    private Hold? TakeHold(string method, long chatId)
    {
        lock (gate)
        {
            var hold = holds.FirstOrDefault(h => h.Method == method && h.ChatId == chatId);
            if (hold is not null)
            {
                holds.Remove(hold);
            }

            return hold;
        }
    }

    private string? TakeOddAnswer(string method)
    {
        lock (gate)
        {
            var at = odd.FindIndex(o => o.Method == method);
            if (at < 0)
            {
                return null;
            }

            var answer = odd[at].Body;
            odd.RemoveAt(at);
            return answer;
        }
    }

    private Failure? TakeFailure(string method, long chatId)
    {
        lock (gate)
        {
            var failure = failures.FirstOrDefault(f => f.Method == method && (f.ChatId is null || f.ChatId == chatId) && f.Remaining > 0);
            if (failure is not null && --failure.Remaining == 0)
            {
                failures.Remove(failure);
            }

            return failure;
        }
    }

    private void Record(SentRequest request)
    {
        if (!keepHistory)
        {
            return;
        }

        lock (gate)
        {
            requests.Add(request with { At = clock.GetUtcNow(), Chunked = chunkedBodies.TryGetValue(request.Body, out _) });
            Pulse();
        }
    }

    private void Pulse()
    {
        var old = changed;
        changed = NewSignal();
        old.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<JsonObject> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var body = new JsonObject();
            foreach (var (key, value) in form)
            {
                body[key] = key == "chat_id" ? long.Parse(value.ToString(), System.Globalization.CultureInfo.InvariantCulture) : value.ToString();
            }

            foreach (var file in form.Files)
            {
                // The bytes as they came (a photo), and as text (a document).
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes);
                bytes.Position = 0;
                using var reader = new StreamReader(bytes);
                var upload = new JsonObject
                {
                    ["file_name"] = file.FileName, ["base64"] = Convert.ToBase64String(bytes.ToArray()), ["content"] = await reader.ReadToEndAsync(),
                };

                // A part is either the field itself, or named by a field as "attach://<part>", as the Bot API allows.
                var field = body.FirstOrDefault(f => f.Value?.GetValueKind() == System.Text.Json.JsonValueKind.String && f.Value.GetValue<string>() == "attach://" + file.Name).Key;
                body[field ?? file.Name] = upload;
            }

            return body;
        }

        // Telegram takes a call without a body (getMe, say) as one without parameters.
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.Length == 0 ? [] : JsonNode.Parse(buffer.ToArray()) as JsonObject ?? [];
    }

    private static Task WriteResultAsync(HttpContext context, JsonNode result)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString());
    }

    private static Task WriteErrorAsync(HttpContext context, int code, string description, int? retryAfter = null)
    {
        context.Response.StatusCode = code;
        context.Response.ContentType = "application/json";
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return context.Response.WriteAsync(error.ToJsonString());
    }

    private JsonObject Message(long chatId, string? text, (string Key, JsonNode Value)? extra = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref messageCounter),
            ["from"] = Person(chatId),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Runner" },
            ["date"] = 1_700_000_000,
        };
        if (text is not null)
        {
            message["text"] = text;
        }

        if (extra is { } pair)
        {
            message[pair.Key] = pair.Value;
        }

        return message;
    }

    private static JsonObject Person(long chatId) => new() { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Runner" };

    private static JsonObject Bot() => new() { ["id"] = 123456789, ["is_bot"] = true, ["first_name"] = "HipBandBot", ["username"] = "hipband_test_bot" };

    /// <summary>A request held without an answer: <see cref="Arrived"/> completes when it comes, <see cref="Release"/> lets it through.</summary>
    public sealed class Hold(string method, long chatId)
    {
        private readonly TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Method { get; } = method;

        public long ChatId { get; } = chatId;

        public Task Arrived => arrived.Task;

        internal Task Released => released.Task;

        public void Release() => released.TrySetResult();

        internal void Arrive() => arrived.TrySetResult();
    }

    private sealed record Failure(string Method, long? ChatId, int ErrorCode, string Description, int? RetryAfter)
    {
        public int Remaining { get; set; }
    }
}
