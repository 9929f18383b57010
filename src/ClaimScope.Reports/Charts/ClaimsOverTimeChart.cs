using ClaimScope.Core.Model;
using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// Are claims getting bigger? Each factor claim at its paper's date on a log axis, with a
/// rolling median over neighbouring claims in time as the trend.
/// </summary>
internal sealed class ClaimsOverTimeChart : IChart
{
    /// <summary>Below this a rolling median is just the median: no trend line is drawn.</summary>
    private const int MinimumForTrend = 15;
    private const int TrendPoints = 80;

    public string Name => "claims-over-time";

    public string Title => "Claimed factors over time";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        var dated = data.Factors
            .Where(f => f.Paper.Date is not null)
            .Select(f => (Day: f.Paper.Date!.Value.ToDateTime(TimeOnly.MinValue).ToOADate(), f.Factor, f.Claim.Kind))
            .OrderBy(f => f.Day)
            .ToList();
        if (dated.Count == 0)
        {
            return ChartSummary.Empty("no speedup or reduction claims from a paper with a date");
        }

        var jitter = PointSample.Jitter();
        var sample = PointSample.Take(dated, ChartStyle.MaxScatterPoints);
        foreach (var kind in new[] { ClaimKind.Speedup, ClaimKind.Reduction })
        {
            var points = sample.Where(p => p.Kind == kind).ToList();

            // Many claims share a date; a fraction of a day of jitter keeps them from hiding one another.
            canvas.Dots([.. points.Select(p => p.Day + ((jitter.NextDouble() - 0.5) * 0.8))], [.. points.Select(p => Math.Log10(p.Factor))], ChartStyle.Of(kind));
        }

        var window = Math.Clamp(dated.Count / 8, 5, 5001);
        var hasTrend = dated.Count >= MinimumForTrend;
        if (hasTrend)
        {
            var trend = RollingMedian(dated, window);
            var line = canvas.Plot.Add.ScatterLine(trend.Select(t => t.Day).ToArray(), trend.Select(t => Math.Log10(t.Median)).ToArray(), ChartStyle.Ink);
            line.LineWidth = 3;
            line.MarkerSize = 0;
        }

        canvas.DateAxis(dated[0].Day, dated[^1].Day);
        canvas.LogAxis(canvas.Plot.Axes.Left, dated.Min(d => d.Factor), dated.Max(d => d.Factor), FactorFormat.Times);
        List<(string, Color)> legend = [("speedup", ChartStyle.Of(ClaimKind.Speedup)), ("reduction", ChartStyle.Of(ClaimKind.Reduction))];
        if (hasTrend)
        {
            legend.Add(($"rolling median ({FactorFormat.Count(window)} claims)", ChartStyle.Ink));
        }

        canvas.Legend(legend);
        canvas.AxisLabels("Paper date (published, else first listed)", "Claimed factor (×, log scale)");
        var undated = data.Factors.Count - dated.Count;
        var undatedNote = undated > 0 ? $" {FactorFormat.Count(undated)} claims without a date are left out." : "";
        return new ChartSummary(
            dated.Count,
            $"{FactorFormat.Count(dated.Count)} speedup and reduction claims by paper date; " +
            (hasTrend ? $"the line is the median of each run of {FactorFormat.Count(window)} claims nearest in time." : $"fewer than {MinimumForTrend} claims, so no trend line.") +
            $"{undatedNote}{PointSample.Note(dated.Count, sample.Count)}");
    }

    /// <summary>The median of a sliding window of neighbours, evaluated at a bounded number of places so 500,000 claims stay cheap.</summary>
    private static List<(double Day, double Median)> RollingMedian(IReadOnlyList<(double Day, double Factor, ClaimKind Kind)> sorted, int window)
    {
        var result = new List<(double, double)>();
        var half = window / 2;
        // About four evaluations per window: enough for a smooth line, few enough not to trace every wiggle.
        var steps = Math.Clamp(4 * sorted.Count / window, 2, TrendPoints);
        for (var s = 0; s < steps; s++)
        {
            var center = steps == 1 ? 0 : (int)Math.Round(s * (sorted.Count - 1) / (double)(steps - 1));
            var from = Math.Clamp(center - half, 0, Math.Max(0, sorted.Count - window));
            var to = Math.Min(sorted.Count, from + window);
            var days = new List<double>();
            var factors = new List<double>();
            for (var i = from; i < to; i++)
            {
                days.Add(sorted[i].Day);
                factors.Add(sorted[i].Factor);
            }

            result.Add((Stats.Median(days), Stats.LogMedian(factors)));
        }

        return result;
    }
}
