using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Reports;

/// <summary>Everything a report is made from: the unique papers, their claims, and what could not be read.</summary>
public sealed record ReportInput
{
    public required IReadOnlyList<Paper> Papers { get; init; }

    public required IReadOnlyList<PaperClaim> Claims { get; init; }

    public IReadOnlyList<FeedProblem> Problems { get; init; } = [];

    /// <summary>The topic taxonomy file (data/topics.txt by default); null uses the built-in one.</summary>
    public string? TopicsFile { get; init; }

    /// <summary>When the report was made; fixed in tests so output is deterministic.</summary>
    public DateTimeOffset GeneratedAt { get; init; } = DateTimeOffset.UtcNow;
}
