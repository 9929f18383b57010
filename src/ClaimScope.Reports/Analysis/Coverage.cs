using System.Globalization;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Reports.Analysis;

/// <summary>Which listings a report covers: the sentence every format opens with.</summary>
/// <param name="Listings">The distinct listing dates of every appearance, ascending.</param>
/// <param name="PaperCount">Unique papers.</param>
/// <param name="UnlistedPapers">Papers without any listing date.</param>
/// <param name="ClaimCount">Claims found in them.</param>
public sealed record Coverage(IReadOnlyList<DateOnly> Listings, int PaperCount, int UnlistedPapers, int ClaimCount)
{
    public static Coverage Of(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var listings = input.Papers.SelectMany(p => p.Appearances).Select(a => a.ListingDate).OfType<DateOnly>().Distinct().Order().ToList();
        var unlisted = input.Papers.Count(p => p.Appearances.All(a => a.ListingDate is null));
        return new Coverage(listings, input.Papers.Count, unlisted, input.Claims.Count);
    }

    /// <summary>"454 claims in 316 papers from 5 daily listings, 2025-01-06 to 2025-01-10 (12 papers have no listing date)."</summary>
    public string Sentence()
    {
        var text = $"{DisplayNumber.Count(ClaimCount, "claim", "claims")} in {DisplayNumber.Count(PaperCount, "paper", "papers")}";
        text += Listings.Count switch
        {
            0 => ", none from a dated listing",
            1 => $" from 1 daily listing, {Iso(Listings[0])}",
            _ => $" from {DisplayNumber.Of(Listings.Count)} daily listings, {Iso(Listings[0])} to {Iso(Listings[^1])}",
        };
        if (Listings.Count > 0 && UnlistedPapers > 0)
        {
            text += $" ({DisplayNumber.Count(UnlistedPapers, "paper has", "papers have")} no listing date)";
        }

        return text + ".";
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
