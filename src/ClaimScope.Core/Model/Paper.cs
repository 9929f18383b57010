namespace ClaimScope.Core.Model;

/// <summary>
/// A unique paper: every listing entry with the same normalised title merged into one,
/// keeping each appearance.
/// </summary>
public sealed record Paper
{
    /// <summary>A stable id: the arXiv id when known, else a hash of the normalised title.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Abstract { get; init; }

    public string? ArxivId { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    public int? AuthorCount { get; init; }

    public Organisation? Organisation { get; init; }

    public DateOnly? Published { get; init; }

    /// <summary>The highest upvote count seen across appearances.</summary>
    public int? Upvotes { get; init; }

    public string? CodeUrl { get; init; }

    public required IReadOnlyList<PaperAppearance> Appearances { get; init; }

    /// <summary>The first place the paper was read from.</summary>
    public SourceLocation Source => Appearances[0].Source;

    /// <summary>The best date to place the paper in time: published, else its first listing.</summary>
    public DateOnly? Date => Published ?? Appearances.Select(a => a.ListingDate).FirstOrDefault(d => d is not null);
}
