using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds;

/// <summary>The keys that identify one paper across feeds: its normalised title, and its arXiv id when known.</summary>
internal readonly record struct PaperKeys(string Title, string? ArxivId)
{
    public static PaperKeys Of(PaperRecord record) => new(
        "title:" + TitleKey.Normalise(record.Title),
        record.ArxivId is { Length: > 0 } id ? "arxiv:" + id : null);
}
