namespace ClaimScope.Reports.Syndication;

/// <summary>
/// A feed of papers with new claims: what the Atom and JSON Feed writers publish. <see cref="Id"/>
/// stays the same run after run for the same question, so readers keep their place.
/// </summary>
public sealed record ClaimFeed(string Id, string Title, string Description, DateTimeOffset Updated, IReadOnlyList<ClaimFeedEntry> Entries)
{
    /// <summary>Where the feed itself is published, when known (Atom's rel="self", JSON Feed's feed_url).</summary>
    public string? SelfUrl { get; init; }

    /// <summary>The name every entry falls back to as its author.</summary>
    public const string Generator = "ClaimScope";
}
