using ClaimScope.Core.Model;

namespace ClaimScope.Storage;

/// <summary>
/// Which stored claims to read and in what order: the one filter behind <c>query</c>, <c>feed</c>
/// and <c>export</c>. Every criterion left null matches everything; text criteria match
/// case-insensitively anywhere in the field.
/// </summary>
public sealed record ClaimQuery
{
    /// <summary>The kinds to keep; empty keeps every kind.</summary>
    public IReadOnlyList<ClaimKind> Kinds { get; init; } = [];

    /// <summary>A word of the claim's target ("inference" matches "inference latency"), or the name of its target group.</summary>
    public string? Target { get; init; }

    public double? MinFactor { get; init; }

    public double? MaxFactor { get; init; }

    public ClaimQualifier? Qualifier { get; init; }

    public string? Baseline { get; init; }

    /// <summary>The earliest appearance or publication date (inclusive).</summary>
    public DateOnly? Since { get; init; }

    /// <summary>The latest appearance or publication date (inclusive).</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Part of the organisation's slug or name.</summary>
    public string? Organisation { get; init; }

    /// <summary>Part of the title, the abstract or the claim's evidence.</summary>
    public string? Text { get; init; }

    /// <summary>True keeps papers with a code link, false those without.</summary>
    public bool? HasCode { get; init; }

    public ClaimQuerySort Sort { get; init; } = ClaimQuerySort.Newest;

    /// <summary>The most claims to read; null reads all.</summary>
    public int? Limit { get; init; }
}
