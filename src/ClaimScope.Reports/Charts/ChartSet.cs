namespace ClaimScope.Reports.Charts;

/// <summary>Renders every chart of the report, each as a PNG and an SVG of fixed size.</summary>
public static class ChartSet
{
    /// <summary>The charts in report order.</summary>
    internal static IReadOnlyList<IChart> Charts { get; } =
    [
        new LargestSpeedupsChart(),
        new BaselineBoardChart(),
        new ClaimTrendsChart(),
        new SpeedupDistributionChart(),
        new FactorByTargetChart(),
        new KindsByListingChart(),
        new UpvotesByFactorChart(),
        new HedgingChart(),
        new TopicsChart(),
    ];

    /// <summary>Renders each chart as PNG and SVG into <paramref name="outDir"/>, in report order.</summary>
    public static IReadOnlyList<ChartImage> RenderAll(ReportInput input, string outDir)
    {
        ArgumentNullException.ThrowIfNull(input);
        var data = new ChartData(input);
        return [.. Charts.Select(chart => Render(chart, data, outDir))];
    }

    internal static ChartImage Render(IChart chart, ChartData data, string outDir)
    {
        Directory.CreateDirectory(outDir);
        using var canvas = new ChartCanvas();
        var summary = chart.Draw(canvas, data);
        if (summary.IsEmpty)
        {
            canvas.Empty(summary.EmptyReason!);
        }

        // The SVG is inlined by the HTML report under its own heading and caption, so only the
        // standalone PNG carries them drawn in.
        var svg = canvas.SaveSvg(outDir, chart.Name);
        canvas.Frame(chart.Title, summary.Caption);
        var png = canvas.SavePng(outDir, chart.Name);
        return new ChartImage(chart.Name, chart.Title, summary.Caption, png, svg, summary.ClaimCount)
        {
            LinkedClaims = [.. canvas.Links.Where(l => l.Claim is not null).Select(l => l.Claim!.Value).Distinct()],
        };
    }
}
