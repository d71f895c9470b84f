using HipBand.Bot.Delivery;
using HipBand.Bot.Inbox;
using HipBand.Bot.Reminders;
using HipBand.Bot.Telegram;
using HipBand.Bot.Telegram.Api;
using HipBand.Bot.Telegram.Webhook;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Composition;

/// <summary>
/// Registers the Telegram transport: the Bot API client, long polling or the webhook (when <c>Telegram:Webhook:Url</c> is
/// set), the inbox and per-chat queues, the outbox sender.
/// </summary>
public static class TelegramRegistration
{
    public static IHostApplicationBuilder AddTelegram(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });

        builder.Services.AddOptions<TelegramOptions>()
            .Bind(builder.Configuration.GetSection(TelegramOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.BotToken), "Telegram:BotToken is required.")
            .Validate(o => Uri.TryCreate(o.ApiBaseUrl, UriKind.Absolute, out _), "Telegram:ApiBaseUrl must be an absolute URL.")
            .Validate(o => o.PollTimeout >= TimeSpan.Zero && o.PollTimeout <= TimeSpan.FromSeconds(50), "Telegram:PollTimeout must be 0-50 s.")
            .Validate(o => o.MaxConcurrentChats > 0, "Telegram:MaxConcurrentChats must be positive.")
            .ValidateOnStart();
        builder.Services.AddOptions<WebhookOptions>()
            .Bind(builder.Configuration.GetSection(WebhookOptions.Section))
            .Validate(o => !o.Enabled || (Uri.TryCreate(o.Url, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps), "Telegram:Webhook:Url must be an absolute https URL (Telegram posts only over TLS).")
            .Validate(o => !o.Enabled || WebhookSecret.IsValid(o.SecretToken), "Telegram:Webhook:SecretToken must be 1-256 characters of A-Z, a-z, 0-9, _ and -.")
            .Validate(o => o.MaxConnections is >= 1 and <= 100, "Telegram:Webhook:MaxConnections must be 1-100.")
            .ValidateOnStart();
        builder.Services.AddOptions<DeliveryOptions>()
            .Bind(builder.Configuration.GetSection(DeliveryOptions.Section))
            .Validate(o => o.GlobalPerSecond > 0 && o.PrivateChatPerSecond > 0 && o.PrivateChatBurst > 0 && o.GroupPerMinute > 0, "Delivery limits must be positive.")
            .Validate(o => o.MaxPendingPerChat > 0 && o.MaxOutboxPerChat > o.MaxPendingPerChat, "Delivery:MaxOutboxPerChat must be above Delivery:MaxPendingPerChat, both positive.")
            .Validate(o => o.InboundLimit > 0 && o.InboundWindow > TimeSpan.Zero, "Delivery:InboundLimit and Delivery:InboundWindow must be positive.")
            .ValidateOnStart();

        if (ClusterRegistration.IsShared(builder.Configuration))
        {
            builder.AddSharedTransport();
        }

        builder.Services.AddSingleton<BotApiActivity>();
        builder.Services.AddSingleton(sp => new TelegramApi(sp.GetRequiredService<IOptions<TelegramOptions>>().Value, sp.GetRequiredService<BotApiActivity>()));
        builder.Services.AddSingleton<UpdateProcessor>();
        builder.Services.AddSingleton<ChatQueues>();
        builder.Services.AddSingleton<UpdateDoor>();
        builder.Services.AddSingleton<BotStartup>();
        builder.Services.AddSingleton<CallbackAnswers>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        builder.Services.AddSingleton<IReplyChannel, TelegramReplyChannel>();
        builder.Services.AddSingleton<ButtonPresses>();
        if (builder.Configuration.GetSection(WebhookOptions.Section).Get<WebhookOptions>() is { Enabled: true })
        {
            builder.Services.AddSingleton<WebhookRegistration>();
            builder.Services.AddSingleton<WebhookReceiver>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookReceiver>());
            builder.Services.AddSingleton<WebhookEndpoint>();
        }
        else
        {
            builder.Services.AddHostedService<LongPolling>();
        }

        return builder;
    }
}
