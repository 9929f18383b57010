using ClaimScope.Core.Model;
using ClaimScope.Reports.Topics;
using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// Which research areas make claims, and how big: claims per topic as bars, each labelled with
/// the median factor of its speedup and reduction claims. Topics come from the keyword taxonomy.
/// </summary>
internal sealed class TopicsChart : IChart
{
    private const int MaxTopics = 14;

    public string Name => "topics";

    public string Title => "Claims and median factor by research topic";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        if (data.Claims.Count == 0)
        {
            return ChartSummary.Empty("no claims to place in topics");
        }

        var taxonomy = data.Taxonomy;
        var topicsOf = new Dictionary<Paper, IReadOnlyList<string>>(ReferenceEqualityComparer.Instance);
        var rows = new Dictionary<string, (int Claims, List<double> Factors)>(StringComparer.Ordinal);
        foreach (var claim in data.Claims)
        {
            if (!topicsOf.TryGetValue(claim.Paper, out var topics))
            {
                topics = taxonomy.Assign(claim.Paper);
                topicsOf[claim.Paper] = topics.Count > 0 ? topics : [TopicTaxonomy.Other];
                topics = topicsOf[claim.Paper];
            }

            foreach (var topic in topics)
            {
                var row = rows.TryGetValue(topic, out var r) ? r : (0, []);
                if (claim.Claim.Factor is { } factor && double.IsFinite(factor) && factor > 0)
                {
                    row.Factors.Add(factor);
                }

                rows[topic] = (row.Claims + 1, row.Factors);
            }
        }

        // "other" goes last whatever its size: it is the remainder, not a topic.
        var ordered = rows.Where(r => r.Key != TopicTaxonomy.Other)
            .OrderByDescending(r => r.Value.Claims)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .Take(MaxTopics)
            .Concat(rows.Where(r => r.Key == TopicTaxonomy.Other))
            .ToList();
        var hidden = rows.Count - ordered.Count;
        var positions = canvas.Rows([.. ordered.Select(r => $"{TextWrap.Shorten(r.Key, ChartStyle.RowLabelChars)} ({FactorFormat.Count(r.Value.Claims)})")]);
        canvas.Bars(ordered.Select((r, i) => new BarSpan(positions[i], 0, r.Value.Claims, ChartStyle.Series(r.Key == TopicTaxonomy.Other ? 7 : 0))), horizontal: true, thickness: 0.7);
        for (var i = 0; i < ordered.Count; i++)
        {
            var factors = ordered[i].Value.Factors;
            var label = factors.Count == 0
                ? " no factor claims"
                : $" median {FactorFormat.Factor(Stats.LogMedian(factors))} over {FactorFormat.Count(factors.Count)} factor claims";
            canvas.Note(label, ordered[i].Value.Claims, positions[i], Alignment.MiddleLeft);
        }

        ChartCanvas.CountAxis(canvas.Plot.Axes.Bottom, ordered.Max(r => r.Value.Claims), 1.55);
        canvas.AxisLabels("Claims (a paper in several topics counts in each)", "");
        var source = taxonomy.Source == TopicTaxonomy.BuiltInName ? "the built-in topics.txt" : Path.GetFileName(taxonomy.Source);
        var hiddenNote = hidden > 0 ? $" {hidden} smaller topics are not shown." : "";
        return new ChartSummary(
            data.Claims.Count,
            $"{FactorFormat.Count(data.Claims.Count)} claims of every kind in {FactorFormat.Count(topicsOf.Count)} papers, placed in topics by the keywords of {source} (title and abstract); " +
            $"bar labels give the median speedup or reduction factor.{hiddenNote}");
    }
}
