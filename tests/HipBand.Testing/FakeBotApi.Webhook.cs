using System.Text;
using System.Text.Json.Nodes;

namespace HipBand.Testing;

/// <summary>
/// Telegram's side of a webhook. setWebhook (validated as Telegram does, <see cref="WebhookRules"/>) makes getUpdates
/// answer 409; the server then posts every pending update of an allowed kind to the webhook over real HTTP, with the
/// secret header: one update of a chat at a time and in order, chats in parallel up to max_connections, and an update
/// answered with anything but 2xx (or not at all) is posted again after <see cref="WebhookRetryDelay"/>. Telegram
/// posts to the https URL the bot set; a test plays the TLS proxy in front of the bot with <see cref="ForwardWebhookTo"/>.
/// </summary>
public sealed partial class FakeBotApi
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    private readonly HashSet<long> deliveringChats = [];
    private readonly List<WebhookDelivery> deliveries = [];
    private readonly Dictionary<long, JsonObject> delivered = [];
    private readonly CancellationTokenSource stopDelivery = new();
    private string? webhookUrl;
    private string? webhookSecret;
    private int webhookConnections = 40;
    private Uri[] webhookProxies = [];
    private int nextProxy;
    private int delivering;
    private Task? deliveryLoop;
    private (long Date, string Message)? webhookError;

    /// <summary>How long Telegram waits before posting an update again that the webhook did not take.</summary>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>setWebhook was called with a URL and no deleteWebhook since.</summary>
    public bool WebhookActive
    {
        get
        {
            lock (gate)
            {
                return webhookUrl is not null;
            }
        }
    }

    /// <summary>The URL the bot set, null when none.</summary>
    public string? WebhookUrl
    {
        get
        {
            lock (gate)
            {
                return webhookUrl;
            }
        }
    }

    /// <summary>Every post to the webhook and how it was answered, in order of the answers.</summary>
    public IReadOnlyList<WebhookDelivery> WebhookDeliveries
    {
        get
        {
            lock (gate)
            {
                return [.. deliveries];
            }
        }
    }

    /// <summary>
    /// The TLS proxy in front of the bot: posts meant for the webhook's https URL go to this address instead, with the
    /// URL's path. Until it is known, updates wait, as they wait at Telegram while a webhook does not answer. Given
    /// several addresses (instances behind a load balancer), posts go to them in turn, so a post that one of them did
    /// not take is posted again to the next.
    /// </summary>
    public void ForwardWebhookTo(params Uri[] addresses)
    {
        lock (gate)
        {
            webhookProxies = [.. addresses];
            Pulse();
        }
    }

    /// <summary>Posts an update the webhook already took once more, as Telegram does when it missed the 200.</summary>
    public void Redeliver(long updateId)
    {
        lock (gate)
        {
            pending.Add((JsonObject)delivered[updateId].DeepClone());
            Pulse();
        }
    }

    private JsonNode SetWebhook(JsonObject body)
    {
        var url = WebhookRules.Text(body, "url");
        if (string.IsNullOrEmpty(url))
        {
            return DeleteWebhook(body);
        }

        lock (gate)
        {
            webhookUrl = url;
            webhookSecret = WebhookRules.Text(body, "secret_token");
            webhookConnections = WebhookRules.Number(body, "max_connections") ?? 40;
            allowedUpdates = AllowedKinds(body["allowed_updates"]) ?? allowedUpdates;
            if (body["drop_pending_updates"]?.ToString() is "true" or "True")
            {
                pending.Clear();
            }

            deliveryLoop ??= Task.Run(() => DeliverAsync(stopDelivery.Token));
            Pulse();
        }

        Record(new SentRequest("setWebhook", 0, body, null));
        return true;
    }

    private JsonNode DeleteWebhook(JsonObject body)
    {
        lock (gate)
        {
            webhookUrl = null;
            webhookSecret = null;
            if (body["drop_pending_updates"]?.ToString() is "true" or "True")
            {
                pending.Clear();
            }
        }

        Record(new SentRequest("deleteWebhook", 0, body, null));
        return true;
    }

    private JsonNode WebhookInfo(JsonObject body)
    {
        JsonObject info;
        lock (gate)
        {
            info = new JsonObject
            {
                ["url"] = webhookUrl ?? "",
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = pending.Count(Allowed),
            };
            if (webhookUrl is not null)
            {
                info["max_connections"] = webhookConnections;
                if (allowedUpdates is not null)
                {
                    info["allowed_updates"] = new JsonArray([.. allowedUpdates.Order(StringComparer.Ordinal).Select(k => (JsonNode)k)]);
                }
            }

            if (webhookError is { } error)
            {
                info["last_error_date"] = error.Date;
                info["last_error_message"] = error.Message;
            }
        }

        Record(new SentRequest("getWebhookInfo", 0, body, null));
        return info;
    }

    /// <summary>allowed_updates as a JSON array, or as the JSON text of one (a form field).</summary>
    private static HashSet<string>? AllowedKinds(JsonNode? value)
    {
        var array = value switch
        {
            JsonArray list => list,
            JsonValue text when text.ToString() is { Length: > 0 } json => JsonNode.Parse(json) as JsonArray,
            _ => null,
        };
        return array is null ? null : array.Count == 0 ? null : [.. array.Select(kind => kind!.GetValue<string>())];
    }

    private async Task DeliverAsync(CancellationToken stop)
    {
        using var http = new HttpClient();
        while (!stop.IsCancellationRequested)
        {
            Task signal;
            var next = new List<(JsonObject Update, long Chat, Uri Target)>();
            string? secret;
            lock (gate)
            {
                signal = changed.Task;
                secret = webhookSecret;
                if (webhookUrl is not null && webhookProxies.Length > 0)
                {
                    var path = new Uri(webhookUrl).PathAndQuery;
                    pending.RemoveAll(u => !Allowed(u));
                    var seen = new HashSet<long>();
                    foreach (var update in pending)
                    {
                        if (delivering + next.Count >= webhookConnections)
                        {
                            break;
                        }

                        // A chat's first pending update only, and only when none of the chat's is on its way: order per chat.
                        var chat = ChatOf(update);
                        if (seen.Add(chat) && !deliveringChats.Contains(chat))
                        {
                            next.Add((update, chat, new Uri(webhookProxies[nextProxy++ % webhookProxies.Length], path)));
                        }
                    }

                    foreach (var (_, chat, _) in next)
                    {
                        deliveringChats.Add(chat);
                    }

                    delivering += next.Count;
                }
            }

            foreach (var (update, chat, target) in next)
            {
                _ = Task.Run(() => PostAsync(http, target, secret, update, chat, stop), CancellationToken.None);
            }

            try
            {
                await signal.WaitAsync(stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task PostAsync(HttpClient http, Uri target, string? secret, JsonObject update, long chat, CancellationToken stop)
    {
        var id = update["update_id"]!.GetValue<long>();
        int status;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, target)
            {
                Content = new StringContent(update.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            if (secret is not null)
            {
                request.Headers.Add(SecretHeader, secret);
            }

            using var response = await http.SendAsync(request, stop);
            status = (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            status = 0; // connection refused or dropped: the bot is down
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var taken = status is >= 200 and < 300;
        if (!taken)
        {
            try
            {
                await Task.Delay(WebhookRetryDelay, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        lock (gate)
        {
            deliveries.Add(new WebhookDelivery(id, chat, status));
            if (taken)
            {
                pending.Remove(update);
                delivered[id] = update;
            }
            else
            {
                webhookError = (clock.GetUtcNow().ToUnixTimeSeconds(), status == 0 ? "Connection refused" : $"Wrong response from the webhook: {status}");
            }

            deliveringChats.Remove(chat);
            delivering--;
            Pulse();
        }
    }

    /// <summary>The chat an update belongs to, for ordering; an update of no chat is its own queue.</summary>
    private static long ChatOf(JsonObject update)
    {
        foreach (var (key, value) in update)
        {
            if (key == "update_id" || value is not JsonObject payload)
            {
                continue;
            }

            var chat = payload["chat"] ?? payload["message"]?["chat"];
            if (chat?["id"] is { } chatId)
            {
                return chatId.GetValue<long>();
            }
        }

        return long.MinValue + update["update_id"]!.GetValue<long>();
    }

    private async Task StopDeliveringAsync()
    {
        await stopDelivery.CancelAsync();
        if (deliveryLoop is { } loop)
        {
            await loop;
        }

        stopDelivery.Dispose();
    }
}

/// <summary>One post of an update to the webhook: the HTTP status it got (0: no answer).</summary>
public sealed record WebhookDelivery(long UpdateId, long ChatId, int Status);
