using System.Xml;
using System.Xml.Linq;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// Streams the repeated elements of an XML feed (Atom entries, RSS items) one at a time, each
/// with the line it starts on. Feed text is untrusted: DTDs are refused and nothing external
/// is resolved, so an entity or include cannot make the reader fetch or expand anything.
/// </summary>
internal static class XmlEntryStream
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    /// <summary>
    /// Yields every element named <paramref name="name"/>, at any depth. Malformed XML ends the
    /// stream with one problem at the line where the parser stopped; the entries before it stand.
    /// </summary>
    public static IEnumerable<(XElement Element, int Line)> Read(TextReader input, string sourceName, XName name, Action<FeedProblem> problems)
    {
        using var reader = XmlReader.Create(input, Settings);
        var lineInfo = (IXmlLineInfo)reader;
        while (true)
        {
            XElement element;
            int line;
            try
            {
                if (!MoveToNext(reader, name))
                {
                    yield break;
                }

                line = lineInfo.LineNumber;
                element = (XElement)XNode.ReadFrom(reader);
            }
            catch (XmlException ex)
            {
                // A refused DTD carries no position of its own; the reader knows where it stopped.
                var at = ex.LineNumber > 0 ? ex.LineNumber : lineInfo.LineNumber;
                var what = ex.Message.Contains("DTD", StringComparison.Ordinal)
                    ? "a DTD, refused: feeds have none, and it could expand entities or fetch files"
                    : $"malformed XML ({ex.Message})";
                problems(new FeedProblem(new SourceLocation(sourceName, Math.Max(1, at)), $"{what}; the rest of the file is skipped"));
                yield break;
            }

            yield return (element, line);
        }
    }

    private static bool MoveToNext(XmlReader reader, XName name)
    {
        // ReadFrom leaves the reader on the node after the element, which may itself be a match.
        if (reader.NodeType == XmlNodeType.Element && reader.LocalName == name.LocalName && reader.NamespaceURI == name.NamespaceName)
        {
            return true;
        }

        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == name.LocalName && reader.NamespaceURI == name.NamespaceName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The trimmed text of a child element, or null when it is missing or empty.</summary>
    public static string? Text(XElement parent, XName child) =>
        parent.Element(child)?.Value is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;
}
