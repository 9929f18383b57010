using System.Xml.Linq;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// Reads the RSS 2.0 listing rss.arxiv.org publishes per category: one item per announced
/// paper, the abstract behind an "arXiv:… Announce Type: … Abstract:" prefix, all authors in one
/// dc:creator string and the announcement day as pubDate. A weekend feed has no items.
/// </summary>
public sealed class ArxivRssReader : IFeedReader
{
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    public string Name => "arxiv-rss";

    public bool CanRead(string head) => XmlHead.RootIs(head, "rss");

    public IEnumerable<PaperRecord> Read(TextReader input, string sourceName, FeedReadOptions options, Action<FeedProblem> problems)
    {
        foreach (var (item, line) in XmlEntryStream.Read(input, sourceName, "item", problems))
        {
            var location = new SourceLocation(sourceName, line);
            if (ToRecord(item, location, problems) is { } record)
            {
                yield return record;
            }
        }
    }

    private static PaperRecord? ToRecord(XElement item, SourceLocation location, Action<FeedProblem> problems)
    {
        var title = FeedText.Normalise(XmlEntryStream.Text(item, "title"));
        var (announcedId, text) = ArxivAnnouncement.Split(XmlEntryStream.Text(item, "description") ?? "");
        var abstractText = FeedText.Normalise(text);
        var arxivId = ArxivIdentifier.Parse(XmlEntryStream.Text(item, "link"))
            ?? announcedId
            ?? ArxivIdentifier.Parse(XmlEntryStream.Text(item, "guid"));
        if (title.Length == 0 || abstractText.Length == 0 || arxivId is null)
        {
            problems(new FeedProblem(location, $"item '{FeedText.Shorten(title)}' lacks an arXiv id, title or description; skipped"));
            return null;
        }

        return new PaperRecord
        {
            Title = title,
            Abstract = abstractText,
            ArxivId = arxivId,
            Authors = FeedText.SplitAuthors(XmlEntryStream.Text(item, DublinCore + "creator")),
            ListingDate = FeedDates.FromRfc822(XmlEntryStream.Text(item, "pubDate")),
            CodeUrl = CodeLinkFinder.Find(abstractText),
            Source = location,
        };
    }
}
