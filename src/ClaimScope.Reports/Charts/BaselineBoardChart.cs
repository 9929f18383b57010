using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;
using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// Who is beaten: the baselines named by most claims, one row each, every claimed factor a dot,
/// the line from the smallest to the largest, the median a red mark; each row opens the table
/// filtered to that baseline, each dot its claim.
/// </summary>
internal sealed class BaselineBoardChart : IChart
{
    public const int Count = 12;

    /// <summary>Dots drawn (and linked) per baseline at most.</summary>
    private const int DotsPerRow = 60;

    public string Name => "baseline-board";

    public string Title => "The most-beaten baselines";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        var board = BaselineBoard.Of(data.Claims);
        var rows = board.Where(r => r.Factors.Count > 0).Take(Count).ToList();
        if (rows.Count == 0)
        {
            return ChartSummary.Empty("no claim with a factor names its baseline");
        }

        var positions = canvas.Rows([.. rows.Select(r => TextWrap.Shorten(r.Name, ChartStyle.RowLabelChars))]);
        var all = rows.SelectMany(r => r.Factors).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = positions[i];
            var (min, max) = (Math.Log10(row.Factors[0]), Math.Log10(row.Factors[^1]));
            canvas.Mark(min, y, max, y, ChartStyle.Muted, 2);
            var withFactor = row.Claims.Where(c => ClaimFacts.Factor(c.Item.Claim) is not null).ToList();
            foreach (var kind in withFactor.GroupBy(c => c.Item.Claim.Kind))
            {
                // A sample of dots per row keeps a baseline beaten 100,000 times as cheap to draw as one beaten ten times.
                var dots = PointSample.Take([.. kind], DotsPerRow);
                canvas.Dots([.. dots.Select(d => Math.Log10(ClaimFacts.Factor(d.Item.Claim)!.Value))], [.. dots.Select(_ => y)], ChartStyle.Of(kind.Key), 9);
                foreach (var (item, index) in dots)
                {
                    var x = Math.Log10(ClaimFacts.Factor(item.Claim)!.Value);
                    canvas.Link(x, x, y, y, index, $"{item.Paper.Title}: {FactorFormat.Factor(ClaimFacts.Factor(item.Claim)!.Value)} vs {row.Name} — “{item.Claim.Text}”");
                }
            }

            var median = Math.Log10(row.MedianFactor!.Value);
            canvas.Mark(median, y - 0.3, median, y + 0.3, ChartStyle.Accent, 3);
            canvas.Note($"  {Describe(row)}", max, y, Alignment.MiddleLeft);
            canvas.Link(min, max, y - 0.4, y + 0.4, "baseline=" + row.Name, $"{row.Name}: {Describe(row)} — show these claims");
        }

        canvas.LogAxisWithRoom(canvas.Plot.Axes.Bottom, Math.Min(1, all.Min()), all.Max(), FactorFormat.Times, 0.62);
        canvas.AxisLabels("Claimed factor over the baseline (×, log scale); red = median", "");
        var named = board.Sum(r => r.Claims.Count);
        return new ChartSummary(
            rows.Sum(r => r.Factors.Count),
            $"{FactorFormat.Count(rows.Sum(r => r.Factors.Count))} claims with a factor against the {rows.Count} baselines beaten by most papers, of {FactorFormat.Count(board.Count)} baselines named by {FactorFormat.Count(named)} of " +
            $"{FactorFormat.Count(data.Claims.Count)} claims. Each dot is one claim (colour = kind; at most {DotsPerRow} per row); the grey line spans the smallest to the largest factor; red marks the median.");
    }

    /// <summary>"7 claims, 4 papers, median 3.4×".</summary>
    internal static string Describe(BaselineRow row) =>
        $"{FactorFormat.Count(row.Claims.Count)} {(row.Claims.Count == 1 ? "claim" : "claims")}, {FactorFormat.Count(row.PaperCount)} {(row.PaperCount == 1 ? "paper" : "papers")}, median {FactorFormat.Factor(row.MedianFactor ?? 1)}";
}
