using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;
using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// The headline numbers: the papers with the largest claimed speedup, one row each on a log axis.
/// A range ("9× to 53×") is a bar to its low end with a whisker to its high end, ranked by the low
/// end; the label names the hedge and the baseline; a square at the bar end carries the hedge colour.
/// Each bar links to its claim in the table.
/// </summary>
internal sealed class LargestSpeedupsChart : IChart
{
    private const int Count = 12;
    private const int TitleChars = 36;

    public string Name => "largest-speedups";

    public string Title => $"The {Count} largest claimed speedups";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        var speedups = data.Speedups.ToList();
        if (speedups.Count == 0)
        {
            return ChartSummary.Empty("no speedup claims with a factor");
        }

        var top = Rank(speedups, Count);
        var positions = canvas.Rows([.. top.Select(s => TwoLines(s.Paper.Title))]);
        var floor = Math.Min(1, top.Min(s => Sure(s)));
        var bars = top.Select((s, i) => new BarSpan(positions[i], Math.Log10(floor), Math.Log10(Sure(s)), ChartStyle.Of(ClaimKind.Speedup)));
        canvas.Bars(bars, horizontal: true, thickness: 0.6);
        for (var i = 0; i < top.Count; i++)
        {
            var s = top[i];
            var sure = Math.Log10(Sure(s));
            var high = Math.Log10(s.Factor);
            if (high > sure)
            {
                // The whisker: the part of a range the paper does not promise everywhere.
                canvas.Mark(sure, positions[i], high, positions[i], ChartStyle.Ink, 2);
                canvas.Mark(high, positions[i] - 0.18, high, positions[i] + 0.18, ChartStyle.Ink, 2);
            }

            canvas.Plot.Add.Marker(high, positions[i], MarkerShape.FilledSquare, 9, ChartStyle.Of(s.Claim.Qualifier));
            canvas.Note("  " + Label(s), high, positions[i], Alignment.MiddleLeft);
            canvas.Link(Math.Log10(floor), high, positions[i] - 0.3, positions[i] + 0.3, s.Index, $"{s.Paper.Title}: {Label(s)} — “{s.Claim.Text}”");
        }

        canvas.LogAxisWithRoom(canvas.Plot.Axes.Bottom, floor, top.Max(s => s.Factor), FactorFormat.Times, 0.62);
        canvas.AxisLabels("Claimed speedup (×, log scale); square colour = hedge", "");
        var ranges = top.Count(s => ClaimFacts.LowFactor(s.Claim) is not null);
        return new ChartSummary(
            speedups.Count,
            $"Each row is one paper's largest speedup claim: the {top.Count} largest of {FactorFormat.Count(speedups.Count)} speedup claims " +
            $"(% speedups as factors: 40% faster = 1.4×). {(ranges > 0 ? $"{ranges} are ranges: the bar ends at the low end, the whisker reaches the high end, and ranges rank by their low end. " : "")}" +
            "Labels give the hedge, the target and the baseline (\"vs\") as the paper states them.");
    }

    /// <summary>One row per paper (its largest claim), ranked by what the claim promises at least: the low end of a range.</summary>
    internal static List<FactorClaim> Rank(IEnumerable<FactorClaim> speedups, int count) => [.. speedups
        .GroupBy(s => s.Paper.Id, StringComparer.Ordinal)
        .Select(g => g.OrderByDescending(Sure).ThenByDescending(s => s.Factor).First())
        .OrderByDescending(Sure)
        .ThenByDescending(s => s.Factor)
        .ThenBy(s => s.Paper.Title, StringComparer.Ordinal)
        .Take(count)];

    /// <summary>"up to 9–53× inference vs FlashAttention".</summary>
    internal static string Label(FactorClaim s)
    {
        var hedge = s.Claim.Qualifier == ClaimQualifier.None ? "" : s.Claim.Qualifier.ToWire() + " ";
        var number = ClaimFacts.LowFactor(s.Claim) is { } low
            ? FactorFormat.Factor(low).TrimEnd('×') + "–" + FactorFormat.Factor(s.Factor)
            : FactorFormat.Factor(s.Factor);
        var target = s.Claim.Target.Length > 0 ? " " + TextWrap.Shorten(s.Claim.Target, 18) : "";
        var baseline = ClaimFacts.HasBaseline(s.Claim) ? " vs " + TextWrap.Shorten(s.Claim.Baseline!.Trim(), 18) : "";
        return hedge + number + target + baseline;
    }

    private static double Sure(FactorClaim s) => ClaimFacts.LowFactor(s.Claim) ?? s.Factor;

    /// <summary>The title on at most two lines, so a long one is wrapped rather than cut mid-phrase.</summary>
    private static string TwoLines(string title)
    {
        var lines = TextWrap.Wrap(title, TitleChars).Split('\n');
        return lines.Length <= 2 ? string.Join('\n', lines) : lines[0] + "\n" + TextWrap.Shorten(string.Join(' ', lines.Skip(1)), TitleChars);
    }
}
