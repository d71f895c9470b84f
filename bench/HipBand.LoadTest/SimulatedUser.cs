using System.Diagnostics;
using System.Globalization;
using HipBand.Testing;

namespace HipBand.LoadTest;

/// <summary>
/// One person in a closed loop. With one message in flight it goes through setup and then sessions of
/// "done"; with more in flight it sends numbered probes (/m1, /m2, ...) whose replies name the number,
/// so that a reply out of order is seen.
/// </summary>
internal sealed class SimulatedUser(long chatId, FakeBotApi telegram, int inFlight)
{
    private static readonly string[] Setup = ["/start", "no", "strength", "yellow, green, black", "Mon Wed Fri", "07:30", "UTC"];

    private readonly Lock gate = new();
    private readonly Queue<long> sentAt = new();
    private readonly List<double> latencies = [];
    private int step;
    private long probe;
    private long expectedProbe = 1;
    private bool running;
    private bool sessionOver;

    public long ChatId { get; } = chatId;

    public int Handled { get; private set; }

    public int OrderViolations { get; private set; }

    public IReadOnlyList<double> Latencies
    {
        get
        {
            lock (gate)
            {
                return [.. latencies];
            }
        }
    }

    public void Start()
    {
        lock (gate)
        {
            running = true;
            for (var i = 0; i < inFlight; i++)
            {
                SendNext();
            }
        }
    }

    public void Stop()
    {
        lock (gate)
        {
            running = false;
        }
    }

    public void ResetCounters()
    {
        lock (gate)
        {
            Handled = 0;
            latencies.Clear();
        }
    }

    /// <summary>Called for every message the bot sends to this chat.</summary>
    public void OnReply(string text)
    {
        lock (gate)
        {
            if (inFlight > 1)
            {
                CheckProbeOrder(text);
            }

            // A session's end brings a summary and the next prompt: only the first answers the message.
            if (text.StartsWith("Next up:", StringComparison.Ordinal) || sentAt.Count == 0)
            {
                return;
            }

            sessionOver = text.Contains("Session complete", StringComparison.Ordinal);
            latencies.Add(Stopwatch.GetElapsedTime(sentAt.Dequeue()).TotalSeconds);
            Handled++;
            if (running)
            {
                SendNext();
            }
        }
    }

    private void SendNext()
    {
        sentAt.Enqueue(Stopwatch.GetTimestamp());
        telegram.UserSends(ChatId, NextText());
    }

    private string NextText()
    {
        if (inFlight > 1)
        {
            return string.Create(CultureInfo.InvariantCulture, $"/m{++probe}");
        }

        var text = step < Setup.Length ? Setup[step] : step == Setup.Length || sessionOver ? "/workout" : "done";
        step++;
        return text;
    }

    private void CheckProbeOrder(string text)
    {
        const string prefix = "I don't know /m";
        if (!text.StartsWith(prefix, StringComparison.Ordinal))
        {
            return;
        }

        var number = long.Parse(text.AsSpan(prefix.Length, text.IndexOf('.', StringComparison.Ordinal) - prefix.Length), CultureInfo.InvariantCulture);
        if (number != expectedProbe)
        {
            OrderViolations++;
        }

        expectedProbe = number + 1;
    }
}
