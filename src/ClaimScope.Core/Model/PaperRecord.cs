namespace ClaimScope.Core.Model;

/// <summary>
/// One entry as a feed states it, before the same paper from several listings is merged.
/// </summary>
public sealed record PaperRecord
{
    public required string Title { get; init; }

    public required string Abstract { get; init; }

    public string? ArxivId { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The number of authors; listings often give only the count.</summary>
    public int? AuthorCount { get; init; }

    public Organisation? Organisation { get; init; }

    /// <summary>The paper's publication date, when the feed gives one.</summary>
    public DateOnly? Published { get; init; }

    public int? Upvotes { get; init; }

    /// <summary>The date of the listing (or feed day) the entry appeared in.</summary>
    public DateOnly? ListingDate { get; init; }

    public string? CodeUrl { get; init; }

    public required SourceLocation Source { get; init; }
}
