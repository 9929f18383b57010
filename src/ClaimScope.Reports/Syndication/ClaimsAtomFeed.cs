using System.Text;
using System.Xml;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Charts;

namespace ClaimScope.Reports.Syndication;

/// <summary>
/// Writes a <see cref="ClaimFeed"/> as an Atom 1.0 document (RFC 4287): one entry per paper, its
/// claims as an XHTML list with their evidence, links to the paper and its code. Every text goes
/// through <see cref="XmlWriter"/>, so feed text can never become markup.
/// </summary>
public static class ClaimsAtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static void Write(Stream output, ClaimFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Atom);
        xml.WriteElementString("id", Atom, feed.Id);
        Text(xml, "title", feed.Title);
        Text(xml, "subtitle", feed.Description);
        xml.WriteElementString("updated", Atom, ClaimFeedText.Rfc3339(feed.Updated));
        Person(xml, ClaimFeed.Generator);
        xml.WriteStartElement("generator", Atom);
        xml.WriteString(ClaimFeed.Generator);
        xml.WriteEndElement();
        if (feed.SelfUrl is { } self)
        {
            Link(xml, "self", self, "application/atom+xml");
        }

        foreach (var entry in feed.Entries)
        {
            WriteEntry(xml, entry);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteEntry(XmlWriter xml, ClaimFeedEntry entry)
    {
        xml.WriteStartElement("entry", Atom);
        xml.WriteElementString("id", Atom, entry.Id);
        Text(xml, "title", entry.Paper.Title);
        xml.WriteElementString("updated", Atom, ClaimFeedText.Rfc3339(entry.Updated));
        if (entry.Published is { } published)
        {
            xml.WriteElementString("published", Atom, ClaimFeedText.Rfc3339(published));
        }

        foreach (var author in entry.Authors.Take(10))
        {
            Person(xml, author);
        }

        Link(xml, "alternate", entry.Url, "text/html");
        if (entry.CodeUrl is { } code)
        {
            Link(xml, "related", code, "text/html");
        }

        foreach (var term in entry.Claims.SelectMany(c => new[] { c.Kind.ToWire(), TargetGroups.Of(c.Target) }).Distinct(StringComparer.Ordinal))
        {
            xml.WriteStartElement("category", Atom);
            xml.WriteAttributeString("term", XmlText.Clean(term));
            xml.WriteEndElement();
        }

        Text(xml, "summary", ClaimFeedText.Summary(entry));
        WriteContent(xml, entry);
        xml.WriteEndElement();
    }

    private static void WriteContent(XmlWriter xml, ClaimFeedEntry entry)
    {
        xml.WriteStartElement("content", Atom);
        xml.WriteAttributeString("type", "xhtml");
        xml.WriteStartElement("div", Xhtml);
        xml.WriteStartElement("ul", Xhtml);
        foreach (var claim in entry.Claims)
        {
            xml.WriteStartElement("li", Xhtml);
            xml.WriteElementString("strong", Xhtml, XmlText.Clean(ClaimFeedText.Headline(claim)));
            var context = ClaimFeedText.Context(claim);
            xml.WriteString(XmlText.Clean(context.Length > 0 ? " " + context + ": " : ": "));
            xml.WriteElementString("q", Xhtml, XmlText.Clean(claim.Text));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("p", Xhtml);
        Anchor(xml, entry.Url, entry.Paper.ArxivId is null ? "Paper" : "arXiv " + entry.Paper.ArxivId);
        if (entry.CodeUrl is { } code)
        {
            xml.WriteString(" \u00b7 ");
            Anchor(xml, code, "Code");
        }

        xml.WriteEndElement();
        xml.WriteElementString("blockquote", Xhtml, XmlText.Clean(entry.Paper.Abstract));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(XmlText.Clean(text));
        xml.WriteEndElement();
    }

    private static void Person(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Atom);
        xml.WriteElementString("name", Atom, XmlText.Clean(name));
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void Anchor(XmlWriter xml, string href, string text)
    {
        xml.WriteStartElement("a", Xhtml);
        xml.WriteAttributeString("href", href);
        xml.WriteString(XmlText.Clean(text));
        xml.WriteEndElement();
    }
}
