using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// What the factors are about: one row per target group (memory, latency, training...), each
/// claim a dot on a log axis, the group's median a bar across the row.
/// </summary>
internal sealed class FactorByTargetChart : IChart
{
    private const int TopTargets = 10;
    private const string Other = "other";

    public string Name => "factor-by-target";

    public string Title => "Claimed factor by what is made faster or smaller";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        var factors = data.Factors;
        if (factors.Count == 0)
        {
            return ChartSummary.Empty("no speedup or reduction claims with a factor");
        }

        var groups = factors.GroupBy(f => TargetGroups.Of(f.Claim.Target))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var shown = groups.Count <= TopTargets + 1 ? groups : groups.Take(TopTargets).ToList();
        var rows = shown.Select(g => (Label: g.Key, Claims: g.ToList())).ToList();
        if (shown.Count < groups.Count)
        {
            rows.Add((Other, groups.Skip(TopTargets).SelectMany(g => g).ToList()));
        }

        var labels = rows.Select(r =>
            $"{TextWrap.Shorten(r.Label, ChartStyle.RowLabelChars)} ({FactorFormat.Count(r.Claims.Count)}, median {FactorFormat.Factor(Stats.LogMedian(r.Claims.Select(c => c.Factor)))})").ToList();
        var positions = canvas.Rows(labels);
        var perRowCap = Math.Max(50, ChartStyle.MaxScatterPoints / rows.Count);
        var jitter = PointSample.Jitter();
        var drawn = 0;
        var xs = Enum.GetValues<ClaimKind>().ToDictionary(k => k, _ => new List<double>());
        var ys = Enum.GetValues<ClaimKind>().ToDictionary(k => k, _ => new List<double>());
        for (var r = 0; r < rows.Count; r++)
        {
            foreach (var claim in PointSample.Take(rows[r].Claims, perRowCap))
            {
                xs[claim.Claim.Kind].Add(Math.Log10(claim.Factor));
                ys[claim.Claim.Kind].Add(positions[r] + ((jitter.NextDouble() - 0.5) * 0.5));
                drawn++;
            }
        }

        foreach (var kind in xs.Keys)
        {
            canvas.Dots(xs[kind], ys[kind], ChartStyle.Of(kind));
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var median = Math.Log10(Stats.LogMedian(rows[r].Claims.Select(c => c.Factor)));
            canvas.Mark(median, positions[r] - 0.4, median, positions[r] + 0.4, ChartStyle.Accent, 3);
        }

        canvas.LogAxis(canvas.Plot.Axes.Bottom, factors.Min(f => f.Factor), factors.Max(f => f.Factor), FactorFormat.Times);
        canvas.Legend(xs.Where(x => x.Value.Count > 0).Select(x => (x.Key.ToWire(), ChartStyle.Of(x.Key))).Append(("median", ChartStyle.Accent)));
        canvas.AxisLabels("Claimed factor (× better, log scale)", "");
        var otherNote = shown.Count < groups.Count
            ? $" The {TopTargets} most claimed targets are shown; {FactorFormat.Count(groups.Count - TopTargets)} rarer ones are merged into \"{Other}\"."
            : "";
        return new ChartSummary(
            factors.Count,
            $"{FactorFormat.Count(factors.Count)} speedup and reduction claims by target (grouped by keyword, e.g. \"peak memory\" and \"kv cache\" are memory); " +
            $"rows give the count and median.{otherNote}{PointSample.Note(factors.Count, drawn)}");
    }
}
