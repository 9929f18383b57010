using System.Globalization;
using ClaimScope.Reports.Analysis;
using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// Are claims getting bigger? The median claimed factor per month or quarter of listing, with its
/// interquartile band and n per period, and a fitted log-linear trend with a bootstrap interval.
/// </summary>
internal sealed class ClaimTrendsChart : IChart
{
    /// <summary>A period with fewer claims than this is drawn, but its median is not trusted by the eye: it gets a hollow marker.</summary>
    private const int SmallPeriod = 10;

    public string Name => "claim-trends";

    public string Title => "Claimed factors over time";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        var dated = ClaimTrends.Dated(data.Claims).Select(d => (d.Date, d.Factor)).ToList();
        if (dated.Count == 0)
        {
            return ChartSummary.Empty("no speedup or reduction claims from a paper with a listing or publication date");
        }

        var first = dated.Min(d => d.Date);
        var last = dated.Max(d => d.Date);
        var quarters = ClaimTrends.UseQuarters(first, last);
        var periods = ClaimTrends.Periods(dated, quarters);
        var xs = periods.Select(p => Mid(p.Start, quarters)).ToArray();
        if (periods.Count > 1)
        {
            var band = canvas.Plot.Add.FillY(xs, [.. periods.Select(p => Math.Log10(p.Lower))], [.. periods.Select(p => Math.Log10(p.Upper))]);
            band.FillStyle.Color = ChartStyle.Faded(ChartStyle.Of(Core.Model.ClaimKind.Speedup), 0.18);
            band.LineStyle.Width = 0;
        }

        var line = canvas.Plot.Add.ScatterLine(xs, [.. periods.Select(p => Math.Log10(p.Median))], ChartStyle.Of(Core.Model.ClaimKind.Speedup));
        line.LineWidth = 2.5f;
        line.MarkerSize = 7;
        line.MarkerShape = MarkerShape.FilledCircle;
        var fit = ClaimTrends.Fit(dated);
        if (fit is not null)
        {
            var ends = new[] { periods[0].Start, periods[^1].Start };
            var trend = canvas.Plot.Add.ScatterLine(ends.Select(d => Mid(d, quarters)).ToArray(), ends.Select(d => Math.Log10(fit.At(d))).ToArray(), ChartStyle.Accent);
            trend.LinePattern = LinePattern.Dashed;
            trend.LineWidth = 2;
            trend.MarkerSize = 0;
        }

        var low = periods.Min(p => p.Lower);
        var high = periods.Max(p => p.Upper);
        canvas.LogAxis(canvas.Plot.Axes.Left, Math.Min(low, 1), high * 1.6, FactorFormat.Times);
        if (fit is not null)
        {
            // In the free strip above the band, so the label never sits on the lines.
            canvas.Note($"dashed trend: {fit.Describe()}", xs[0], canvas.Plot.Axes.Left.Range.Max, Alignment.UpperLeft, ChartStyle.Accent, bold: true);
        }
        var bottom = canvas.Plot.Axes.Left.Range.Min;
        foreach (var (p, x) in periods.Zip(xs))
        {
            // n per period along the bottom, so a median resting on three claims is seen as such.
            canvas.Note("n=" + FactorFormat.Count(p.Count), x, bottom, Alignment.LowerCenter, p.Count < SmallPeriod ? ChartStyle.Accent : ChartStyle.Muted);
        }

        canvas.DateAxis(xs[0], xs[^1]);
        canvas.AxisLabels($"{(quarters ? "Quarter" : "Month")} of first listing (publication date when never listed)", "Claimed factor (×, log scale)");
        var undated = data.Factors.Count - dated.Count;
        return new ChartSummary(
            dated.Count,
            $"{FactorFormat.Count(dated.Count)} speedup, reduction and ×-improvement claims by {(quarters ? "quarter" : "month")} of listing: the line is the median, the band the middle half (25th–75th percentile), n below each period " +
            $"(red when under {SmallPeriod}). " +
            (fit is null ? "Too few claims or dates for a trend. " : $"Dashed: line through the period medians (log scale, weighted by n), {fit.Describe()} by a {ClaimTrendsNote}. ") +
            (undated > 0 ? $"{FactorFormat.Count(undated)} claims without any date are left out." : ""));
    }

    private const string ClaimTrendsNote = "bootstrap over claims (200 resamples)";

    private static double Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    /// <summary>The middle of the period, where its median is drawn.</summary>
    private static double Mid(DateOnly start, bool quarters) => (Day(start) + Day(start.AddMonths(quarters ? 3 : 1))) / 2;

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
