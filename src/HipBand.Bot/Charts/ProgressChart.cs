using HipBand.Coaching.Text;
using ScottPlot;
using SkiaSharp;

namespace HipBand.Bot.Charts;

/// <summary>
/// Draws the progress picture as a PNG: on top, work per week against the plan; below, each exercise's target per
/// set over the same weeks, labelled where the band or its placement changed. Portrait, sized for a phone.
/// </summary>
internal static class ProgressChart
{
    public const int Width = 800;
    public const int WorkHeight = 450;
    public const int ClimbHeight = 550;

    private static readonly Color Done = Color.FromHex("#2E7D6B");
    private static readonly Color Empty = Color.FromHex("#B0BEC5");
    private static readonly Color Plan = Color.FromHex("#C0392B");

    public static byte[] Render(ProgressChartData data, IChartTexts words)
    {
        var work = WorkPlot(data, words).GetImageBytes(Width, WorkHeight, ImageFormat.Png);
        var climb = ClimbPlot(data, words).GetImageBytes(Width, ClimbHeight, ImageFormat.Png);

        using var surface = SKSurface.Create(new SKImageInfo(Width, WorkHeight + ClimbHeight));
        surface.Canvas.Clear(SKColors.White);
        using (var top = SKBitmap.Decode(work))
        using (var bottom = SKBitmap.Decode(climb))
        {
            surface.Canvas.DrawBitmap(top, 0, 0);
            surface.Canvas.DrawBitmap(bottom, 0, WorkHeight);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static Plot WorkPlot(ProgressChartData data, IChartTexts words)
    {
        var plot = NewPlot(words.WorkTitle, words.WorkAxis, data, words);
        var bars = data.Weeks.Select((week, i) => new Bar
        {
            Position = i,
            Value = week.Work,
            FillColor = data.Planned > 0 && week.Sessions >= data.Planned ? Done : week.Work > 0 ? Done.WithAlpha(0.6) : Empty,
            Label = data.Planned > 0 && (week.Work > 0 || week.Sessions > 0) ? words.SessionsOfPlan(week.Sessions, data.Planned) : "",
        }).ToList();
        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontSize = 15;

        var top = Math.Max(1, data.Weeks.Max(w => w.Work));
        if (data.PlanWork is { } planWork)
        {
            var line = plot.Add.HorizontalLine(planWork);
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 2;
            line.Color = Plan;
            line.LegendText = words.PlanLine(data.Planned);
            top = Math.Max(top, planWork);
            plot.ShowLegend(Alignment.UpperLeft);
            plot.Legend.FontSize = 14;
        }

        // Room above the tallest bar for its label and the legend.
        plot.Axes.SetLimitsY(0, top * 1.35);
        return plot;
    }

    private static Plot ClimbPlot(ProgressChartData data, IChartTexts words)
    {
        // A session sits at its day within its week, so a week's Monday is its left edge here.
        var plot = NewPlot(words.ClimbTitle, words.ClimbAxis, data, words, tickAt: -0.5);
        var top = 1;
        foreach (var climb in data.Climbs)
        {
            var line = plot.Add.Scatter(climb.Points.Select(p => p.Week).ToArray(), climb.Points.Select(p => (double)p.Aim).ToArray());
            line.LegendText = climb.Name;
            line.LineWidth = 2;
            line.MarkerSize = 8;
            top = Math.Max(top, climb.Points.Max(p => p.Aim));

            ClimbPoint? before = null;
            foreach (var point in climb.Points)
            {
                if (point.Band is not null && (before is null || before.Band != point.Band || before.Placement != point.Placement))
                {
                    var label = plot.Add.Text(point.Placement is null ? point.Band : $"{point.Band}, {point.Placement}", point.Week, point.Aim);
                    label.LabelFontSize = 12;
                    label.LabelFontColor = line.Color;

                    // Right of the point in the first half, left of it in the second, so that no label runs off the picture.
                    label.LabelAlignment = point.Week < (data.Weeks.Count - 1) / 2.0 ? Alignment.LowerLeft : Alignment.LowerRight;
                    label.OffsetY = -4;
                }

                before = point;
            }
        }

        if (data.Climbs.Count > 0)
        {
            plot.ShowLegend(Alignment.UpperLeft);
            plot.Legend.FontSize = 13;
        }

        // The legend sits above the lines.
        plot.Axes.SetLimitsY(0, top * 1.7);
        return plot;
    }

    /// <summary>
    /// A plot over the weeks (week i from i - 0.5 to i + 0.5): one tick a week, labelled by its Monday ("16 Nov"), every
    /// other one past eight weeks, at the week's middle (bars) or at <paramref name="tickAt"/> from it.
    /// </summary>
    private static Plot NewPlot(string title, string axis, ProgressChartData data, IChartTexts words, double tickAt = 0)
    {
        var plot = new Plot();
        plot.Title(title, size: 20);
        plot.YLabel(axis, size: 15);
        plot.XLabel(words.WeekAxis, size: 15);
        var every = data.Weeks.Count > 8 ? 2 : 1;
        var ticks = data.Weeks.Select((week, i) => (week, i))
            .Where(t => (data.Weeks.Count - 1 - t.i) % every == 0)
            .ToList();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            ticks.Select(t => t.i + tickAt).ToArray(), ticks.Select(t => words.Monday(t.week.Monday)).ToArray());
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        plot.Axes.SetLimitsX(-0.6, data.Weeks.Count - 0.4);
        return plot;
    }
}
