namespace ClaimScope.Reports.Charts;

/// <summary>Renders every chart of the report (placeholder until the chart classes land).</summary>
public static class ChartSet
{
    /// <summary>Renders each chart as PNG and SVG into <paramref name="outDir"/>, in report order.</summary>
    public static IReadOnlyList<ChartImage> RenderAll(ReportInput input, string outDir)
    {
        ArgumentNullException.ThrowIfNull(input);
        Directory.CreateDirectory(outDir);
        return [];
    }
}
