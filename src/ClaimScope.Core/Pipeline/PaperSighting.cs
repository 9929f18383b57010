using ClaimScope.Core.Model;

namespace ClaimScope.Core.Pipeline;

/// <summary>
/// One input record as the pipeline saw it: which paper it belongs to and, for the first record
/// of a paper, that paper as first seen and the claims of its abstract. A later record of a paper
/// already seen is an appearance: no paper, no claims (first seen wins the text).
/// </summary>
public sealed record PaperSighting
{
    public required PaperRecord Record { get; init; }

    public required PaperMatch Match { get; init; }

    /// <summary>The paper as its first record states it; null for a later appearance.</summary>
    public Paper? Paper { get; init; }

    /// <summary>The claims of <see cref="Paper"/>'s abstract; empty for an appearance or when not extracting.</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    public bool IsNew => Match.IsNew;
}
