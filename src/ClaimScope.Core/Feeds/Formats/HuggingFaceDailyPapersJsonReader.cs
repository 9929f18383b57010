using System.Text;
using System.Text.Json;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// Reads Hugging Face paper JSON: a <c>/api/daily_papers</c> response (an array of entries, each
/// holding a <c>paper</c>), the archive wrapper <c>{"status","date","count","data":[…]}</c>, and a
/// single <c>/api/papers/{id}</c> object, bare or as <c>{"paper": {…}}</c>.
/// </summary>
/// <remarks>
/// A response is one document, so it is parsed whole; each entry keeps the line it starts on.
/// Entries that are not objects (the archive stores some days as Python-repr strings) are
/// reported one by one and skipped.
/// </remarks>
public sealed class HuggingFaceDailyPapersJsonReader : IFeedReader
{
    private static readonly string[] Markers = ["\"paper\"", "\"publishedAt\"", "\"summary\"", "\"_id\""];

    public string Name => "hf-daily-json";

    public bool CanRead(string head)
    {
        var trimmed = head.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (trimmed.IsEmpty || (trimmed[0] != '[' && trimmed[0] != '{'))
        {
            return false;
        }

        return Markers.Any(m => head.Contains(m, StringComparison.Ordinal))
            || (head.Contains("\"status\"", StringComparison.Ordinal) && head.Contains("\"data\"", StringComparison.Ordinal));
    }

    public IEnumerable<PaperRecord> Read(TextReader input, string sourceName, FeedReadOptions options, Action<FeedProblem> problems)
    {
        var bytes = Encoding.UTF8.GetBytes(input.ReadToEnd());
        foreach (var entry in HuggingFaceJsonEntries.Collect(bytes, options))
        {
            var location = new SourceLocation(sourceName, entry.Line);
            if (entry.Element is not { } element)
            {
                problems(new FeedProblem(location, entry.ProblemMessage ?? "unreadable entry; skipped"));
            }
            else if (ToRecord(element, location, problems) is { } record)
            {
                yield return record;
            }
        }
    }

    private static PaperRecord? ToRecord(JsonElement entry, SourceLocation location, Action<FeedProblem> problems)
    {
        var wrapped = JsonFields.Object(entry, "paper");
        var paper = wrapped ?? entry;
        var title = FeedText.Normalise(JsonFields.String(entry, "title") ?? JsonFields.String(paper, "title"));
        var abstractText = FeedText.Normalise(JsonFields.String(paper, "summary") ?? JsonFields.String(entry, "summary"));
        var id = JsonFields.String(paper, "id")?.Trim();
        if (title.Length == 0 || abstractText.Length == 0 || id is null)
        {
            problems(new FeedProblem(location, $"entry '{FeedText.Shorten(title)}' lacks paper.id, title or summary; skipped"));
            return null;
        }

        return new PaperRecord
        {
            Title = title,
            Abstract = abstractText,
            ArxivId = id,
            Authors = VisibleAuthors(paper),
            Organisation = OrganisationOf(JsonFields.Object(entry, "organization") ?? JsonFields.Object(paper, "organization")),
            Published = FeedDates.FromIso(JsonFields.String(paper, "publishedAt")),
            // The entry's publishedAt is the Daily Papers day; a bare paper object only has submittedOnDailyAt.
            ListingDate = FeedDates.FromIso((wrapped is null ? null : JsonFields.String(entry, "publishedAt")) ?? JsonFields.String(paper, "submittedOnDailyAt")),
            Upvotes = JsonFields.Int(paper, "upvotes"),
            CodeUrl = JsonFields.String(paper, "githubRepo")?.Trim() ?? CodeLinkFinder.Find(abstractText),
            Source = location,
        };
    }

    private static List<string> VisibleAuthors(JsonElement paper) =>
        JsonFields.Array(paper, "authors") is { } authors
            ? authors.EnumerateArray()
                .Where(a => !JsonFields.IsTrue(a, "hidden"))
                .Select(a => FeedText.Normalise(JsonFields.String(a, "name")))
                .Where(n => n.Length > 0)
                .ToList()
            : [];

    private static Organisation? OrganisationOf(JsonElement? organization)
    {
        var slug = JsonFields.String(organization, "name");
        return slug is null ? null : new Organisation(slug, JsonFields.String(organization, "fullname") ?? slug);
    }
}
