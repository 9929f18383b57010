namespace ClaimScope.Reports.Charts;

/// <summary>What a chart drew: how many claims are behind it and the caption that says so.</summary>
/// <param name="ClaimCount">Claims the chart is drawn from (before any point cap).</param>
/// <param name="Caption">The sentence shown under the chart.</param>
/// <param name="EmptyReason">Set when nothing could be drawn: why, in a few words.</param>
internal sealed record ChartSummary(int ClaimCount, string Caption, string? EmptyReason = null)
{
    public bool IsEmpty => EmptyReason is not null;

    public static ChartSummary Empty(string reason) => new(0, "No claims to show: " + reason + ".", reason);
}
