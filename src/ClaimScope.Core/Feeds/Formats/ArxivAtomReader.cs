using System.Xml.Linq;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// Reads Atom from arXiv: API responses (export.arxiv.org/api/query, the 2016 and the current
/// shape) and the rss.arxiv.org Atom listing, whose entry ids are "oai:arXiv.org:…" and whose
/// summaries start with an "arXiv:… Announce Type: … Abstract:" prefix.
/// </summary>
/// <remarks>
/// In an API response "published" is the paper's first version; in a listing it is the day of
/// the announcement, so it becomes the listing date there. The API reports errors as an entry
/// titled "Error" whose summary is the message.
/// </remarks>
public sealed class ArxivAtomReader : IFeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Arxiv = "http://arxiv.org/schemas/atom";

    public string Name => "arxiv-atom";

    public bool CanRead(string head) => XmlHead.RootIs(head, "feed", "http://www.w3.org/2005/Atom");

    public IEnumerable<PaperRecord> Read(TextReader input, string sourceName, FeedReadOptions options, Action<FeedProblem> problems)
    {
        foreach (var (entry, line) in XmlEntryStream.Read(input, sourceName, Atom + "entry", problems))
        {
            var location = new SourceLocation(sourceName, line);
            if (ToRecord(entry, location, problems) is { } record)
            {
                yield return record;
            }
        }
    }

    private static PaperRecord? ToRecord(XElement entry, SourceLocation location, Action<FeedProblem> problems)
    {
        var id = XmlEntryStream.Text(entry, Atom + "id");
        var title = FeedText.Normalise(XmlEntryStream.Text(entry, Atom + "title"));
        var summary = XmlEntryStream.Text(entry, Atom + "summary") ?? "";
        if (title == "Error" && id is not null && id.Contains("/api/errors", StringComparison.Ordinal))
        {
            problems(new FeedProblem(location, $"arXiv API error: {FeedText.Normalise(summary)}"));
            return null;
        }

        var (announcedId, text) = ArxivAnnouncement.Split(summary);
        var isListing = announcedId is not null || (id?.StartsWith("oai:", StringComparison.OrdinalIgnoreCase) ?? false);
        var arxivId = ArxivIdentifier.Parse(id) ?? announcedId;
        var abstractText = FeedText.Normalise(text);
        if (title.Length == 0 || abstractText.Length == 0 || arxivId is null)
        {
            problems(new FeedProblem(location, $"entry '{FeedText.Shorten(title)}' lacks an arXiv id, title or summary; skipped"));
            return null;
        }

        var published = FeedDates.FromIso(XmlEntryStream.Text(entry, Atom + "published"));
        return new PaperRecord
        {
            Title = title,
            Abstract = abstractText,
            ArxivId = arxivId,
            Authors = Authors(entry),
            Published = isListing ? null : published,
            ListingDate = isListing ? published : null,
            // Authors often put the repository in the comment ("code available at https://github.com/...").
            CodeUrl = CodeLinkFinder.Find(abstractText) ?? CodeLinkFinder.Find(XmlEntryStream.Text(entry, Arxiv + "comment") ?? ""),
            Source = location,
        };
    }

    /// <summary>The API lists one author element per author; the listing may give one dc:creator string instead.</summary>
    private static IReadOnlyList<string> Authors(XElement entry)
    {
        var names = entry.Elements(Atom + "author")
            .Select(a => FeedText.Normalise(a.Element(Atom + "name")?.Value))
            .Where(n => n.Length > 0)
            .ToList();
        return names.Count > 0 ? names : FeedText.SplitAuthors(XmlEntryStream.Text(entry, DublinCore + "creator"));
    }
}
