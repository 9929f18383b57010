namespace ClaimScope.Reports.Charts;

/// <summary>One rendered chart: its files, and the words a report shows around it.</summary>
/// <param name="Name">File stem, e.g. "speedup-distribution".</param>
/// <param name="Title">The chart's heading.</param>
/// <param name="Caption">One sentence that says what is shown and how many claims are behind it.</param>
/// <param name="PngPath">Absolute path of the PNG written.</param>
/// <param name="SvgPath">Absolute path of the SVG written (inlined by the HTML report).</param>
/// <param name="ClaimCount">Number of claims the chart is drawn from.</param>
public sealed record ChartImage(string Name, string Title, string Caption, string PngPath, string SvgPath, int ClaimCount)
{
    /// <summary>Positions (in the report input) of the claims the chart links to; the page must be able to show each.</summary>
    public IReadOnlyList<int> LinkedClaims { get; init; } = [];
}
