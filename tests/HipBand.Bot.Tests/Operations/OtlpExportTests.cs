using System.Net;
using System.Text;
using HipBand.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HipBand.Bot.Tests.Operations;

/// <summary>With an OTLP endpoint configured, metrics are pushed to it (here a collector on 127.0.0.1 speaking OTLP over HTTP).</summary>
public sealed class OtlpExportTests : FakeTelegramTest
{
    [Fact]
    public async Task The_bots_instruments_reach_an_otlp_collector_without_any_listener()
    {
        var exports = new List<byte[]>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        await using var collector = builder.Build();
        collector.MapPost("/v1/metrics", async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            lock (exports)
            {
                exports.Add(body.ToArray());
            }

            context.Response.StatusCode = StatusCodes.Status200OK;
        });
        await collector.StartAsync();

        var settings = new Dictionary<string, string?>
        {
            ["Metrics:OtlpEndpoint"] = new Uri(new Uri(collector.Urls.First()), "/v1/metrics").ToString(),
            ["Metrics:OtlpProtocol"] = "HttpProtobuf",
            ["Metrics:ExportInterval"] = "00:00:00.200",
        };
        await using var bot = await RunningBot.StartAsync(Telegram, Folder.File("bot.db"), settings);
        Telegram.UserSends(6301, "/start");
        await Telegram.WaitForMessagesAsync(6301, 1, Patience);

        bool Exported(string name)
        {
            lock (exports)
            {
                return exports.Any(e => Encoding.UTF8.GetString(e).Contains(name, StringComparison.Ordinal));
            }
        }

        await Eventually.HoldsAsync(() => Task.FromResult(Exported("hipband.updates.handled") && Exported("hipband.sends")), Patience, "the counters to be exported");
        Assert.True(Exported("hipband-bot"), "the service is named");
        Assert.Null(bot.Services.GetService(typeof(HipBand.Bot.Operations.BotListener)));
    }
}
