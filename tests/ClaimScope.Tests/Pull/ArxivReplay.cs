using System.Globalization;
using System.Net;
using System.Text;
using System.Xml.Linq;

namespace ClaimScope.Tests.Pull;

/// <summary>
/// Replays the recorded arXiv API search (100 entries) as the API pages it: the entries from
/// <c>start</c>, at most <c>max_results</c> of them, under the recorded feed head.
/// </summary>
internal static class ArxivReplay
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private static readonly Lazy<XDocument> Recorded = new(() => XDocument.Load(ReplayServer.Sample("arxiv_api_atom", "2026_search_query-testing_max100.xml")));

    public static IReadOnlyList<string> RecordedIds => Recorded.Value.Root!.Elements(Atom + "entry").Select(e => (string)e.Element(Atom + "id")!).ToList();

    public static ReplayResponse Page(HttpListenerRequest request)
    {
        var start = int.Parse(request.QueryString["start"] ?? "0", CultureInfo.InvariantCulture);
        var max = int.Parse(request.QueryString["max_results"] ?? "10", CultureInfo.InvariantCulture);
        var page = new XDocument(Recorded.Value);
        var entries = page.Root!.Elements(Atom + "entry").ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            if (i < start || i >= start + max)
            {
                entries[i].Remove();
            }
        }

        return new ReplayResponse(200, Encoding.UTF8.GetBytes(page.ToString()));
    }
}
