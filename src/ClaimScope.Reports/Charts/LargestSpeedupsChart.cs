using ClaimScope.Core.Model;
using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// The headline numbers: the 15 papers with the largest claimed speedup, one bar each on a log
/// axis, labelled with a shortened title and the claim as hedged ("up to 38×").
/// </summary>
internal sealed class LargestSpeedupsChart : IChart
{
    private const int Count = 15;
    private const int TitleChars = 44;

    public string Name => "largest-speedups";

    public string Title => $"The {Count} largest claimed speedups";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        var speedups = data.Speedups.ToList();
        if (speedups.Count == 0)
        {
            return ChartSummary.Empty("no speedup claims with a factor");
        }

        // One bar per paper: its largest speedup, so one paper cannot fill the chart.
        var top = speedups
            .GroupBy(s => s.Paper.Id, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(s => s.Factor).First())
            .OrderByDescending(s => s.Factor)
            .ThenBy(s => s.Paper.Title, StringComparer.Ordinal)
            .Take(Count)
            .ToList();
        var positions = canvas.Rows([.. top.Select(s => TextWrap.Shorten(s.Paper.Title, TitleChars))]);
        var floor = Math.Min(1, top.Min(s => s.Factor));
        canvas.Bars(top.Select((s, i) => new BarSpan(positions[i], Math.Log10(floor), Math.Log10(s.Factor), ChartStyle.Of(ClaimKind.Speedup))), horizontal: true, thickness: 0.7);
        foreach (var (s, i) in top.Select((s, i) => (s, i)))
        {
            var hedge = s.Claim.Qualifier == ClaimQualifier.None ? "" : s.Claim.Qualifier.ToWire() + " ";
            var target = s.Claim.Target.Length > 0 ? " " + TextWrap.Shorten(s.Claim.Target, 22) : "";
            canvas.Note($" {hedge}{FactorFormat.Factor(s.Factor)}{target}", Math.Log10(s.Factor), positions[i], Alignment.MiddleLeft);
        }

        // The right part of the axis is left free for the bar-end labels.
        var max = top.Max(s => s.Factor);
        var headroom = Math.Pow(max / floor, 0.6);
        canvas.LogAxis(canvas.Plot.Axes.Bottom, floor, Math.Max(max * headroom, floor * 4), FactorFormat.Times);
        canvas.AxisLabels("Claimed speedup (×, log scale)", "");
        return new ChartSummary(
            speedups.Count,
            $"Each bar is one paper's largest speedup claim: the {top.Count} papers with the largest, out of {FactorFormat.Count(speedups.Count)} speedup claims " +
            "(% speedups as factors: 40% faster = 1.4×). Labels give the hedge and the target as the paper states them.");
    }
}
