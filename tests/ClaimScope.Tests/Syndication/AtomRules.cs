using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ClaimScope.Tests.Syndication;

/// <summary>
/// The RFC 4287 rules a feed validator checks, as assertions: one id/title/updated per feed and
/// entry, an author for every entry (its own or the feed's), absolute unique ids, RFC 3339 dates,
/// text constructs of a known type, XHTML content wrapped in one div.
/// </summary>
internal static partial class AtomRules
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static void Check(XDocument document)
    {
        var feed = document.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        ExactlyOne(feed, "id", "title", "updated");
        var feedHasAuthor = feed.Elements(Atom + "author").Any(a => a.Element(Atom + "name") is not null);
        var ids = new HashSet<string>(StringComparer.Ordinal) { AbsoluteIri(feed) };
        Date(feed.Element(Atom + "updated")!);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            ExactlyOne(entry, "id", "title", "updated");
            Assert.True(ids.Add(AbsoluteIri(entry)), $"duplicate id {entry.Element(Atom + "id")!.Value}");
            Assert.True(feedHasAuthor || entry.Elements(Atom + "author").Any(), "an entry without an author in a feed without one");
            Assert.All(entry.Elements().Where(e => e.Name == Atom + "updated" || e.Name == Atom + "published"), Date);
            Assert.All(entry.Elements(Atom + "link"), link => Assert.True(Uri.IsWellFormedUriString(link.Attribute("href")!.Value, UriKind.Absolute)));
            Assert.True(entry.Element(Atom + "content") is not null || entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate"));
            Assert.All(entry.Elements().Where(e => e.Name == Atom + "title" || e.Name == Atom + "summary"), TextConstruct);
            if (entry.Element(Atom + "content") is { } content && (string?)content.Attribute("type") == "xhtml")
            {
                Assert.Equal(Xhtml + "div", Assert.Single(content.Elements()).Name);
            }
        }
    }

    private static void ExactlyOne(XElement parent, params string[] names)
    {
        foreach (var name in names)
        {
            Assert.Single(parent.Elements(Atom + name));
        }
    }

    private static string AbsoluteIri(XElement parent)
    {
        var id = parent.Element(Atom + "id")!.Value;
        Assert.True(Uri.TryCreate(id, UriKind.Absolute, out _), $"id '{id}' is not an absolute IRI");
        return id;
    }

    private static void Date(XElement element) =>
        Assert.Matches(Rfc3339(), element.Value);

    private static void TextConstruct(XElement element)
    {
        Assert.Contains((string?)element.Attribute("type") ?? "text", new[] { "text", "html", "xhtml" });
        if ((string?)element.Attribute("type") is null or "text")
        {
            Assert.Empty(element.Elements());
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Rfc3339();
}
