using System.Security.Cryptography;
using System.Text;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Syndication;

/// <summary>
/// Groups the claims of a newest-first query into one entry per paper, stopping after the
/// wanted number of papers so a large store is read only as far as the feed reaches.
/// </summary>
public static class ClaimFeedBuilder
{
    public static ClaimFeed Build(IEnumerable<PaperClaim> newestFirst, string title, string question, int maxEntries, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        var entries = new List<ClaimFeedEntry>();
        Paper? paper = null;
        var claims = new List<Claim>();
        foreach (var (p, claim) in newestFirst)
        {
            if (paper is not null && p.Id != paper.Id)
            {
                entries.Add(Entry(paper, claims, now));
                claims = [];
                if (entries.Count == maxEntries)
                {
                    paper = null;
                    break;
                }
            }

            paper = p;
            claims.Add(claim);
        }

        if (paper is not null)
        {
            entries.Add(Entry(paper, claims, now));
        }

        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : now;
        return new ClaimFeed(FeedId(question), title, $"Papers whose claims match: {question}", updated, entries);
    }

    /// <summary>The same question gives the same feed id, whichever day it is asked.</summary>
    public static string FeedId(string question) =>
        "urn:claimscope:feed:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(question)))[..16];

    private static ClaimFeedEntry Entry(Paper paper, List<Claim> claims, DateTimeOffset now)
    {
        var dates = paper.Appearances.Select(a => a.ListingDate).Append(paper.Published).OfType<DateOnly>().ToList();
        var updated = dates.Count > 0 ? new DateTimeOffset(dates.Max().ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : now;
        return new ClaimFeedEntry(paper, claims, updated);
    }
}
