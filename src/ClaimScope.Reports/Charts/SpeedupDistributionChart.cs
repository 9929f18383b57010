using ClaimScope.Core.Model;
using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// How big the claimed factors are: a histogram on log-spaced bins, speedups and reductions
/// stacked (both are "N times better" claims), with the median of all marked.
/// </summary>
internal sealed class SpeedupDistributionChart : IChart
{
    private const int TargetBins = 28;

    public string Name => "speedup-distribution";

    public string Title => "How large are the claimed speedups and reductions?";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        var factors = data.Factors;
        if (factors.Count == 0)
        {
            return ChartSummary.Empty("no speedup or reduction claims with a factor");
        }

        var logs = factors.Select(f => Math.Log10(f.Factor)).ToArray();
        var (low, high) = (logs.Min(), logs.Max());
        var width = NiceBinWidth((high - low) / TargetBins);

        // Bin edges on multiples of the width, so 1x is always an edge: "1-1.26x" rather than "0.97-1.22x".
        var first = Math.Floor(low / width) * width;
        var binCount = Math.Max(1, (int)Math.Floor((high - first) / width) + 1);
        var kinds = Enum.GetValues<ClaimKind>();
        var counts = new int[kinds.Length, binCount];
        for (var i = 0; i < logs.Length; i++)
        {
            var bin = Math.Clamp((int)((logs[i] - first) / width), 0, binCount - 1);
            counts[(int)factors[i].Claim.Kind, bin]++;
        }

        var bars = new List<BarSpan>();
        var tallest = 0;
        for (var bin = 0; bin < binCount; bin++)
        {
            var center = first + ((bin + 0.5) * width);
            var total = 0;
            foreach (var kind in kinds)
            {
                bars.Add(new BarSpan(center, total, total + counts[(int)kind, bin], ChartStyle.Of(kind)));
                total += counts[(int)kind, bin];
            }

            tallest = Math.Max(tallest, total);
        }

        canvas.Bars(bars.Where(b => b.To > b.From), horizontal: false, thickness: width * 0.92);
        canvas.LogAxis(canvas.Plot.Axes.Bottom, Math.Pow(10, first), Math.Pow(10, first + (binCount * width)), FactorFormat.Times);
        ChartCanvas.CountAxis(canvas.Plot.Axes.Left, tallest, 1.18);

        var median = Stats.LogMedian(factors.Select(f => f.Factor));
        canvas.Mark(Math.Log10(median), 0, Math.Log10(median), tallest * 1.06, ChartStyle.Accent, 2);
        canvas.Note($" median {FactorFormat.Factor(median)}", Math.Log10(median), tallest * 1.06, Alignment.LowerLeft, ChartStyle.Accent, bold: true);

        canvas.Legend(kinds
            .Select(k => (Kind: k, Count: factors.Count(f => f.Claim.Kind == k)))
            .Where(k => k.Count > 0)
            .Select(k => ($"{k.Kind.ToWire()} ({FactorFormat.Count(k.Count)})", ChartStyle.Of(k.Kind))));
        canvas.AxisLabels("Claimed factor (× better, log scale)", "Claims per bin");
        var binRatio = Math.Pow(10, width);
        return new ChartSummary(
            factors.Count,
            $"{FactorFormat.Count(factors.Count)} speedup, reduction and ×-valued improvement claims; median {FactorFormat.Factor(median)}; " +
            $"each bin spans a ratio of {binRatio.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}. {ChartData.FactorNote}");
    }

    /// <summary>Bin widths (in decades) that land on readable ratios, never narrower than one 20th of a decade.</summary>
    private static double NiceBinWidth(double raw)
    {
        double[] nice = [0.05, 0.1, 0.125, 0.2, 0.25, 0.5, 1];
        return nice.FirstOrDefault(n => n >= raw, 1);
    }
}
