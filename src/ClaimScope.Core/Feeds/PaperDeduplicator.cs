using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Recognises a paper seen before while streaming, holding only its keys (not its text), so a
/// corpus of any size can be processed once per unique paper.
/// </summary>
public sealed class PaperDeduplicator
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>True the first time a paper (by arXiv id or normalised title) is offered.</summary>
    public bool IsFirstSighting(PaperRecord record)
    {
        var (titleKey, idKey) = PaperKeys.Of(record);
        var known = seen.Contains(titleKey) || (idKey is not null && seen.Contains(idKey));
        seen.Add(titleKey);
        if (idKey is not null)
        {
            seen.Add(idKey);
        }

        return !known;
    }
}
