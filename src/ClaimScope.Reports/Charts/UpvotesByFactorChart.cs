using System.Globalization;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// Do bigger claims get more attention? Each paper with upvotes at its largest claimed factor,
/// both axes on log scales, with the rank correlation in the caption.
/// </summary>
internal sealed class UpvotesByFactorChart : IChart
{
    public string Name => "upvotes-by-factor";

    public string Title => "Upvotes against the paper's largest claimed factor";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        var papers = data.Factors
            .Where(f => f.Paper.Upvotes is > 0)
            .GroupBy(f => f.Paper.Id, StringComparer.Ordinal)
            .Select(g => (Factor: g.Max(f => f.Factor), Upvotes: (double)g.First().Paper.Upvotes!.Value, Claims: g.Count()))
            .ToList();
        if (papers.Count == 0)
        {
            return ChartSummary.Empty("no paper with upvotes makes a speedup or reduction claim");
        }

        var sample = PointSample.Take(papers, ChartStyle.MaxScatterPoints);
        var jitter = PointSample.Jitter();

        // Upvotes are whole numbers: a little vertical jitter (in log space) separates papers with equal counts.
        canvas.Dots(
            [.. sample.Select(p => Math.Log10(p.Factor))],
            [.. sample.Select(p => Math.Log10(p.Upvotes) + ((jitter.NextDouble() - 0.5) * 0.03))],
            ChartStyle.Series(0),
            8);
        canvas.LogAxis(canvas.Plot.Axes.Bottom, papers.Min(p => p.Factor), papers.Max(p => p.Factor), FactorFormat.Times);
        canvas.LogAxis(canvas.Plot.Axes.Left, papers.Min(p => p.Upvotes), papers.Max(p => p.Upvotes), "");
        canvas.AxisLabels("Paper's largest claimed factor (×, log scale)", "Upvotes (log scale)");
        var rho = Stats.Spearman([.. papers.Select(p => p.Factor)], [.. papers.Select(p => p.Upvotes)]);
        var rhoNote = double.IsNaN(rho) ? "too few papers for a correlation" : "Spearman rank correlation " + rho.ToString("0.00", CultureInfo.InvariantCulture);
        var claims = papers.Sum(p => p.Claims);
        return new ChartSummary(
            claims,
            $"{FactorFormat.Count(papers.Count)} papers with upvotes and {FactorFormat.Count(claims)} speedup or reduction claims; each dot is a paper at its largest factor; {rhoNote}. " +
            $"Papers without an upvote count are left out.{PointSample.Note(papers.Count, sample.Count)}");
    }
}
