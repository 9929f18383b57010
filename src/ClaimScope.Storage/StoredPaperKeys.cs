using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Storage;

/// <summary>
/// The keys under which the store finds a paper, as the catalog does (MERGE_POLICY.md): its arXiv
/// id without version, and its normalised title. Two papers sharing any key are one paper.
/// </summary>
public static class StoredPaperKeys
{
    /// <summary>The arXiv key, or null when the id is unknown.</summary>
    public static string? Arxiv(string? arxivId) => arxivId is { Length: > 0 } id ? "arxiv:" + id : null;

    public static string Title(string title) => "title:" + TitleKey.Normalise(title);

    /// <summary>A paper's keys, the arXiv key first: it is the stronger identity and is looked up first.</summary>
    public static IReadOnlyList<string> Of(Paper paper) => Of(paper.Title, paper.ArxivId);

    /// <summary>The keys of a paper with this title and arXiv id.</summary>
    public static IReadOnlyList<string> Of(string title, string? arxivId) =>
        Arxiv(arxivId) is { } arxiv ? [arxiv, Title(title)] : [Title(title)];
}
