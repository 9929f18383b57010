using ClaimScope.Core.Model;
using ClaimScope.Core.Pipeline;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Recognises a paper seen before while streaming, holding only hashes of its keys (not its
/// text), so a corpus of any size can be processed once per unique paper. Matches exactly as
/// <see cref="PaperCatalog"/> does.
/// </summary>
public sealed class PaperDeduplicator
{
    private readonly PaperMatcher matcher = new();

    /// <summary>True the first time a paper (by arXiv id or normalised title) is offered.</summary>
    public bool IsFirstSighting(PaperRecord record) => matcher.Match(record).IsNew;
}
