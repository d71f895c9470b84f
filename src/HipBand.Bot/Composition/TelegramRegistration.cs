using HipBand.Bot.Delivery;
using HipBand.Bot.Inbox;
using HipBand.Bot.Reminders;
using HipBand.Bot.Telegram;
using HipBand.Bot.Telegram.Api;
using Microsoft.Extensions.Options;

namespace HipBand.Bot.Composition;

/// <summary>Registers the Telegram transport: the Bot API client, long polling, the inbox and per-chat queues, the outbox sender.</summary>
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
        builder.Services.AddOptions<DeliveryOptions>()
            .Bind(builder.Configuration.GetSection(DeliveryOptions.Section))
            .Validate(o => o.GlobalPerSecond > 0 && o.PrivateChatPerSecond > 0 && o.PrivateChatBurst > 0 && o.GroupPerMinute > 0, "Delivery limits must be positive.")
            .Validate(o => o.MaxPendingPerChat > 0 && o.MaxOutboxPerChat > o.MaxPendingPerChat, "Delivery:MaxOutboxPerChat must be above Delivery:MaxPendingPerChat, both positive.")
            .Validate(o => o.InboundLimit > 0 && o.InboundWindow > TimeSpan.Zero, "Delivery:InboundLimit and Delivery:InboundWindow must be positive.")
            .ValidateOnStart();

        builder.Services.AddSingleton(sp => new TelegramApi(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
        builder.Services.AddSingleton<UpdateProcessor>();
        builder.Services.AddSingleton<ChatQueues>();
        builder.Services.AddSingleton<UpdateDoor>();
        builder.Services.AddSingleton<BotStartup>();
        builder.Services.AddSingleton<CallbackAnswers>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        builder.Services.AddSingleton<IReplyChannel, TelegramReplyChannel>();
        builder.Services.AddHostedService<LongPolling>();
        return builder;
    }
}
