namespace HipBand.Coaching.Text;

/// <summary>The words on the progress picture and beside it, one catalogue per language like <see cref="ITexts"/>.</summary>
public interface IChartTexts
{
    string WorkTitle { get; }
    string WorkAxis { get; }
    string WeekAxis { get; }

    /// <summary>The plan line: the planned sessions a week at today's targets.</summary>
    string PlanLine(int sessionsAWeek);

    /// <summary>Above a week's bar: its sessions against the plan ("2/3").</summary>
    string SessionsOfPlan(int sessions, int planned);

    string ClimbTitle { get; }
    string ClimbAxis { get; }

    /// <summary>A Monday as people read it ("16 Nov").</summary>
    string Monday(DateTime monday);

    /// <summary>The photo's caption, by why it is sent.</summary>
    string Caption(Dialog.ProgressPictureOccasion occasion);

    /// <summary>In the terminal, where the picture was written.</summary>
    string WrittenTo(string caption, string path);
}
