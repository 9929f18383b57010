using ClaimScope.Core.Model;
using ScottPlot;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// How claims hedge: for each kind, the share stated plainly, as a maximum ("up to"), a floor
/// ("at least"), an approximation ("about") or an average.
/// </summary>
internal sealed class HedgingChart : IChart
{
    /// <summary>Shares below this are not labelled: the text would not fit in the segment.</summary>
    private const double LabelledShare = 0.045;

    private static readonly ClaimQualifier[] Order =
        [ClaimQualifier.None, ClaimQualifier.UpTo, ClaimQualifier.AtLeast, ClaimQualifier.About, ClaimQualifier.Average];

    public string Name => "hedging";

    public string Title => "How claims are hedged, by kind";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        if (data.Claims.Count == 0)
        {
            return ChartSummary.Empty("no claims to read qualifiers from");
        }

        var rows = Enum.GetValues<ClaimKind>()
            .Select(k => (Label: k.ToWire(), Claims: data.Claims.Where(c => c.Claim.Kind == k).Select(c => c.Claim.Qualifier).ToList()))
            .Where(r => r.Claims.Count > 0)
            .Append((Label: "all claims", Claims: data.Claims.Select(c => c.Claim.Qualifier).ToList()))
            .ToList();
        var positions = canvas.Rows([.. rows.Select(r => $"{r.Label} ({FactorFormat.Count(r.Claims.Count)})")]);
        var bars = new List<BarSpan>();
        var labels = new List<(string Text, double X, double Y)>();
        for (var r = 0; r < rows.Count; r++)
        {
            var counts = rows[r].Claims.CountBy(q => q).ToDictionary();
            var at = 0.0;
            foreach (var qualifier in Order)
            {
                var share = counts.GetValueOrDefault(qualifier) / (double)rows[r].Claims.Count;
                bars.Add(new BarSpan(positions[r], at, at + share, ChartStyle.Of(qualifier)));
                if (share >= LabelledShare)
                {
                    labels.Add((FactorFormat.Percent(share), at + (share / 2), positions[r]));
                }

                at += share;
            }
        }

        // Bars first: a plottable added later is drawn on top, and the share labels sit inside the bars.
        canvas.Bars(bars.Where(b => b.To > b.From), horizontal: true, thickness: 0.7);
        foreach (var (text, x, y) in labels)
        {
            canvas.Note(text, x, y, Alignment.MiddleCenter, Colors.White, bold: true);
        }

        canvas.Plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [0, 0.25, 0.5, 0.75, 1], ["0%", "25%", "50%", "75%", "100%"]);
        canvas.Plot.Axes.Bottom.Range.Set(0, 1);
        canvas.Legend(Order.Select(q => (q == ClaimQualifier.None ? "none" : q.ToWire(), ChartStyle.Of(q))));
        canvas.AxisLabels("Share of the kind's claims", "");
        return new ChartSummary(
            data.Claims.Count,
            $"{FactorFormat.Count(data.Claims.Count)} claims by kind and qualifier: \"up to\" is a maximum, \"at least\" covers over/more than, \"about\" covers nearly/around/~.");
    }
}
