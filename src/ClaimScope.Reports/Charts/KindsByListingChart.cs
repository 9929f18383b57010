using System.Globalization;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Charts;

/// <summary>
/// What each listing is made of: one stacked bar per listing (its date, else its file) with
/// the claims of its papers split by kind. Many listings are folded into months, then years.
/// </summary>
internal sealed class KindsByListingChart : IChart
{
    private const int MaxRows = 20;

    private enum Grain
    {
        Listing,
        Month,
        Year,
    }

    public string Name => "kinds-by-listing";

    public string Title => "Claims by kind in each listing";

    public ChartSummary Draw(ChartCanvas canvas, ChartData data)
    {
        if (data.Claims.Count == 0)
        {
            return ChartSummary.Empty("no claims in any listing");
        }

        var grain = Grain.Listing;
        var rows = Count(data.Claims, grain);
        while (rows.Count > MaxRows && grain < Grain.Year)
        {
            grain++;
            rows = Count(data.Claims, grain);
        }

        var dropped = Math.Max(0, rows.Count - MaxRows);
        rows = rows.Skip(dropped).ToList();
        var kinds = Enum.GetValues<ClaimKind>();
        var positions = canvas.Rows([.. rows.Select(r => r.Label)]);
        var bars = new List<BarSpan>();
        for (var r = 0; r < rows.Count; r++)
        {
            var at = 0;
            foreach (var kind in kinds)
            {
                bars.Add(new BarSpan(positions[r], at, at + rows[r].Counts[(int)kind], ChartStyle.Of(kind)));
                at += rows[r].Counts[(int)kind];
            }

            canvas.Note($" {FactorFormat.Count(at)}", at, positions[r], ScottPlot.Alignment.MiddleLeft);
        }

        canvas.Bars(bars.Where(b => b.To > b.From), horizontal: true, thickness: 0.7);
        var longest = rows.Max(r => r.Counts.Sum());
        ChartCanvas.CountAxis(canvas.Plot.Axes.Bottom, longest, 1.12);
        canvas.Legend(kinds.Select(k => (k.ToWire(), ChartStyle.Of(k))));
        canvas.AxisLabels("Claims (a paper in two listings counts in both)", "");
        var grainNote = grain switch
        {
            Grain.Month => " Listings are grouped by month.",
            Grain.Year => " Listings are grouped by year.",
            _ => "",
        };
        var dropNote = dropped > 0 ? $" Only the latest {MaxRows} rows are shown." : "";
        return new ChartSummary(
            data.Claims.Count,
            $"{FactorFormat.Count(data.Claims.Count)} claims of every kind, by the listing (date, or file when undated) their paper appeared in.{grainNote}{dropNote}");
    }

    private static List<(string Label, int[] Counts)> Count(IReadOnlyList<PaperClaim> claims, Grain grain)
    {
        var rows = new SortedDictionary<string, (string Label, int[] Counts)>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            foreach (var appearance in claim.Paper.Appearances.DistinctBy(a => Key(a, grain)))
            {
                var (sortKey, label) = Key(appearance, grain);
                if (!rows.TryGetValue(sortKey, out var row))
                {
                    rows[sortKey] = row = (label, new int[Enum.GetValues<ClaimKind>().Length]);
                }

                row.Counts[(int)claim.Claim.Kind]++;
            }
        }

        return [.. rows.Values];
    }

    /// <summary>Dated listings sort first, by date; undated ones after, by file name.</summary>
    private static (string SortKey, string Label) Key(PaperAppearance appearance, Grain grain)
    {
        if (appearance.ListingDate is not { } date)
        {
            var file = Path.GetFileNameWithoutExtension(appearance.Source.File);
            return ("~" + file, file);
        }

        var label = grain switch
        {
            Grain.Listing => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Grain.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            _ => date.ToString("yyyy", CultureInfo.InvariantCulture),
        };
        return (label, label);
    }
}
