using System.Globalization;
using HipBand.Coaching.Dialog;

namespace HipBand.Coaching.Text.English;

/// <summary>The English words of the progress picture.</summary>
public sealed class EnglishChartTexts : IChartTexts
{
    /// <summary>The one English chart catalogue; it holds no state.</summary>
    public static readonly EnglishChartTexts Instance = new();

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public string WorkTitle => "Work each week";
    public string WorkAxis => "reps (3 s held = 1)";
    public string WeekAxis => "week starting Monday";
    public string PlanLine(int sessionsAWeek) => sessionsAWeek == 1 ? "plan: 1 session at today's targets" : $"plan: {sessionsAWeek} sessions at today's targets";
    public string SessionsOfPlan(int sessions, int planned) => string.Create(CultureInfo.InvariantCulture, $"{sessions}/{planned}");
    public string ClimbTitle => "Each exercise's target per set";
    public string ClimbAxis => "reps or seconds per set";
    public string Monday(DateTime monday) => string.Create(CultureInfo.InvariantCulture, $"{monday.Day} {MonthNames[monday.Month - 1]}");

    public string Caption(ProgressPictureOccasion occasion) => occasion switch
    {
        ProgressPictureOccasion.WeekComplete => "Your week against the plan, and how each exercise has climbed.",
        _ => "Your weeks against the plan, and how each exercise has climbed.",
    };

    public string WrittenTo(string caption, string path) => $"{caption} Picture written to {path}";
}
