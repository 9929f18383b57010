using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClaimScope.Pull;

/// <summary>
/// The requests of each service, in the formats the feed readers read: the Hugging Face
/// <c>/api/daily_papers?date=</c> listing, the arXiv API's Atom pages, and rss.arxiv.org's feed.
/// Base URLs are parameters so tests point them at a loopback server.
/// </summary>
public static class PullSources
{
    public static Uri HuggingFace { get; } = new("https://huggingface.co/");

    public static Uri ArxivApi { get; } = new("https://export.arxiv.org/");

    public static Uri ArxivRss { get; } = new("https://rss.arxiv.org/");

    /// <summary>One listing a day; today's and yesterday's may still change, so they stay live.</summary>
    public static IEnumerable<PullRequest> DailyPapers(Uri baseUrl, DateOnly from, DateOnly to, DateOnly today)
    {
        for (var day = from; day <= to && day <= today; day = day.AddDays(1))
        {
            var date = Iso(day);
            yield return new PullRequest(new Uri(baseUrl, $"api/daily_papers?date={date}"), $"hf/daily_papers_{date}.json", day >= today.AddDays(-1), PullContent.Json);
        }
    }

    /// <summary>
    /// One page of an arXiv API search, newest submissions first. The day is part of the cache key:
    /// a search re-run the same day is read from the cache, the next day it finds the new papers.
    /// </summary>
    public static PullRequest ArxivQuery(Uri baseUrl, string query, int start, int pageSize, DateOnly today)
    {
        var parameters = $"search_query={Uri.EscapeDataString(query)}&start={Number(start)}&max_results={Number(pageSize)}&sortBy=submittedDate&sortOrder=descending";
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)))[..12];
        return new PullRequest(new Uri(baseUrl, "api/query?" + parameters), $"arxiv/{Iso(today)}_query-{key}_start-{Number(start)}_max-{Number(pageSize)}.xml", false, PullContent.Xml);
    }

    /// <summary>Today's RSS listing of one category; it changes through the day, so it is always live.</summary>
    public static PullRequest ArxivRssListing(Uri baseUrl, string category, DateOnly today) =>
        new(new Uri(baseUrl, "rss/" + Uri.EscapeDataString(category)), $"arxiv-rss/{SafeName(category)}_{Iso(today)}.xml", true, PullContent.Xml);

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string SafeName(string text) => string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+' ? c : '_'));
}
