using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Analysis;

/// <summary>
/// The newest listings: every listing in the seven days up to the newest listing date, the papers
/// that appeared in them, their largest claims, and the papers first listed on the newest day
/// (new since the previous listing).
/// </summary>
/// <param name="Listings">The listing dates of the week, ascending.</param>
/// <param name="Papers">Papers appearing in those listings.</param>
/// <param name="TopClaims">The week's claims with a factor, largest first (ranges by their low end) (at most <see cref="TopCount"/>), with their positions in the input.</param>
/// <param name="NewPapers">Papers first listed on the newest date and never before.</param>
/// <param name="PreviousListing">The listing before the newest one, if any.</param>
/// <param name="ClaimCount">Claims made by the week's papers.</param>
public sealed record ThisWeek(
    IReadOnlyList<DateOnly> Listings,
    IReadOnlyList<Paper> Papers,
    IReadOnlyList<(PaperClaim Item, int Index)> TopClaims,
    IReadOnlyList<Paper> NewPapers,
    DateOnly? PreviousListing,
    int ClaimCount)
{
    public const int TopCount = 10;

    /// <summary>Null when no paper has a listing date.</summary>
    public static ThisWeek? Of(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var all = input.Papers.SelectMany(p => p.Appearances).Select(a => a.ListingDate).OfType<DateOnly>().Distinct().Order().ToList();
        if (all.Count == 0)
        {
            return null;
        }

        var newest = all[^1];
        var from = newest.AddDays(-6);
        var week = all.Where(d => d >= from).ToList();
        bool InWeek(Paper p) => p.Appearances.Any(a => a.ListingDate is { } d && d >= from);
        var papers = input.Papers.Where(InWeek).ToList();
        var ids = papers.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var claims = input.Claims.Select((c, i) => (Item: c, Index: i)).Where(c => ids.Contains(c.Item.Paper.Id)).ToList();
        var top = claims
            .Where(c => ClaimFacts.Factor(c.Item.Claim) is not null)
            .OrderByDescending(c => ClaimFacts.Sure(c.Item.Claim))
            .ThenByDescending(c => ClaimFacts.Factor(c.Item.Claim))
            .ThenBy(c => c.Index)
            .Take(TopCount)
            .ToList();
        var previous = all.Count > 1 ? all[^2] : (DateOnly?)null;
        var fresh = input.Papers.Where(p => ClaimFacts.Listed(p) == newest && p.Appearances.Any(a => a.ListingDate == newest)).ToList();
        return new ThisWeek(week, papers, top, fresh, previous, claims.Count);
    }
}
