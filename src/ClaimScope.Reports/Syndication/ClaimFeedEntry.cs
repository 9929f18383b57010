using ClaimScope.Core.Model;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Reports.Syndication;

/// <summary>One paper of a feed with the claims that matched, dated by when it was last listed or published.</summary>
public sealed record ClaimFeedEntry(Paper Paper, IReadOnlyList<Claim> Claims, DateTimeOffset Updated)
{
    /// <summary>A stable id from the paper key: the same paper is the same entry in every run and every feed.</summary>
    public string Id => "urn:claimscope:paper:" + Uri.EscapeDataString(Paper.Id);

    public string Url => PaperLinks.PaperUrl(Paper);

    public string? CodeUrl => PaperLinks.CodeUrl(Paper);

    public DateTimeOffset? Published => Paper.Published is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    /// <summary>The named authors, or the organisation when a listing names none.</summary>
    public IReadOnlyList<string> Authors =>
        Paper.Authors.Count > 0 ? Paper.Authors : Paper.Organisation is { } org ? [org.Name] : [];
}
