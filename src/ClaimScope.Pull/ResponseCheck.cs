using System.Globalization;
using System.Text.Json;
using System.Xml;

namespace ClaimScope.Pull;

/// <summary>
/// Checks that a response is one whole document before it is cached: a body cut short or an
/// error page must not be kept as if it were the day's listing.
/// </summary>
internal static class ResponseCheck
{
    private const string OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    /// <summary>The response's entries, or a one-line reason it is not a whole document.</summary>
    public static (ResponseSummary? Summary, string? Problem) Check(byte[] body, PullContent content)
    {
        try
        {
            return (content == PullContent.Json ? CheckJson(body) : CheckXml(body), null);
        }
        catch (JsonException e)
        {
            return (null, $"not a whole JSON document ({FirstLine(e.Message)})");
        }
        catch (XmlException e)
        {
            return (null, $"not a whole XML document ({FirstLine(e.Message)})");
        }
    }

    private static ResponseSummary CheckJson(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        return root.ValueKind switch
        {
            JsonValueKind.Array => new ResponseSummary(root.GetArrayLength(), null),
            JsonValueKind.Object => new ResponseSummary(1, null),
            _ => throw new JsonException("the document is neither an array nor an object"),
        };
    }

    private static ResponseSummary CheckXml(byte[] body)
    {
        using var reader = XmlReader.Create(new MemoryStream(body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        var (entries, total) = (0, (int?)null);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.LocalName is "entry" or "item")
            {
                entries++;
            }
            else if (reader.LocalName == "totalResults" && reader.NamespaceURI == OpenSearch
                && int.TryParse(reader.ReadElementContentAsString(), NumberStyles.None, CultureInfo.InvariantCulture, out var count))
            {
                total = count;
            }
        }

        return new ResponseSummary(entries, total);
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
