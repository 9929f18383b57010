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

        var listings = CountByListing(data.Claims);
        var grain = Grain.Listing;
        var rows = Fold(listings, grain);
        while (rows.Count > MaxRows && grain < Grain.Year)
        {
            grain++;
            rows = Fold(listings, grain);
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

    /// <summary>Claims per kind for each listing: counted per paper first, so a paper's listings are visited once, not once per claim.</summary>
    private static Dictionary<PaperAppearance, int[]> CountByListing(IReadOnlyList<PaperClaim> claims)
    {
        var kindCount = Enum.GetValues<ClaimKind>().Length;
        var perPaper = new Dictionary<Paper, int[]>(ReferenceEqualityComparer.Instance);
        foreach (var claim in claims)
        {
            if (!perPaper.TryGetValue(claim.Paper, out var counts))
            {
                perPaper[claim.Paper] = counts = new int[kindCount];
            }

            counts[(int)claim.Claim.Kind]++;
        }

        var listings = new Dictionary<PaperAppearance, int[]>(ListingComparer.Instance);
        foreach (var (paper, counts) in perPaper)
        {
            foreach (var appearance in paper.Appearances.Distinct(ListingComparer.Instance))
            {
                if (!listings.TryGetValue(appearance, out var total))
                {
                    listings[appearance] = total = new int[kindCount];
                }

                for (var k = 0; k < kindCount; k++)
                {
                    total[k] += counts[k];
                }
            }
        }

        return listings;
    }

    private static List<(string Label, int[] Counts)> Fold(Dictionary<PaperAppearance, int[]> listings, Grain grain)
    {
        var rows = new SortedDictionary<string, (string Label, int[] Counts)>(StringComparer.Ordinal);
        foreach (var (appearance, counts) in listings)
        {
            var (sortKey, label) = Key(appearance, grain);
            if (!rows.TryGetValue(sortKey, out var row))
            {
                rows[sortKey] = row = (label, new int[counts.Length]);
            }

            for (var k = 0; k < counts.Length; k++)
            {
                row.Counts[k] += counts[k];
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
