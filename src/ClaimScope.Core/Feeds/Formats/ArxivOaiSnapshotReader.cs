using System.Text.Json;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// Reads the arXiv metadata snapshot (Kaggle "arxiv-metadata-oai-snapshot"): JSON lines, one
/// paper per line. The file runs to millions of lines, so it is streamed line by line and a
/// malformed line costs only that line.
/// </summary>
public sealed class ArxivOaiSnapshotReader : IFeedReader
{
    private static readonly string[] SnapshotKeys = ["\"authors_parsed\"", "\"versions\"", "\"update_date\"", "\"submitter\""];

    public string Name => "arxiv-oai-jsonl";

    /// <summary>Read a line at a time, so each line is capped, not the file.</summary>
    public bool ReadsWholeDocument => false;

    public bool CanRead(string head)
    {
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var first = newline < 0 ? text : text[..newline];
        return first.StartsWith('{')
            && first.Contains("\"abstract\"", StringComparison.Ordinal)
            && SnapshotKeys.Any(k => first.Contains(k, StringComparison.Ordinal));
    }

    public IEnumerable<PaperRecord> Read(TextReader input, string sourceName, FeedReadOptions options, Action<FeedProblem> problems)
    {
        var lines = new LineReader(input, options.MaxRecordChars);
        while (lines.TryRead(out var line))
        {
            var location = new SourceLocation(sourceName, line.Number);
            if (line.Text is not { } text)
            {
                problems(new FeedProblem(location, RecordLimit.TooLarge(line.Length, options)));
                continue;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (ToRecord(text, location, problems) is { } record)
            {
                yield return record;
            }
        }
    }

    private static PaperRecord? ToRecord(string line, SourceLocation location, Action<FeedProblem> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            problems(new FeedProblem(location, $"malformed JSON line ({ex.Message}); skipped"));
            return null;
        }

        using (document)
        {
            var paper = document.RootElement;
            var id = JsonFields.String(paper, "id")?.Trim();
            var title = FeedText.Normalise(JsonFields.String(paper, "title"));
            var abstractText = FeedText.Normalise(JsonFields.String(paper, "abstract"));
            if (id is null || title.Length == 0 || abstractText.Length == 0)
            {
                problems(new FeedProblem(location, $"line '{FeedText.Shorten(title)}' lacks id, title or abstract; skipped"));
                return null;
            }

            var authors = ParsedAuthors(paper);
            return new PaperRecord
            {
                Title = title,
                Abstract = abstractText,
                ArxivId = id,
                Authors = authors.Count > 0 ? authors : FeedText.SplitAuthors(JsonFields.String(paper, "authors")),
                Published = FirstVersionDate(paper),
                CodeUrl = CodeLinkFinder.Find(abstractText) ?? CodeLinkFinder.Find(JsonFields.String(paper, "comments") ?? ""),
                Source = location,
            };
        }
    }

    /// <summary>
    /// Names from authors_parsed ([last, first, suffix, affiliation?]), which has LaTeX accents
    /// decoded; the one-string "authors" field keeps them as <c>Bal\'azs</c>.
    /// </summary>
    private static List<string> ParsedAuthors(JsonElement paper)
    {
        var names = new List<string>();
        if (JsonFields.Array(paper, "authors_parsed") is not { } parsed)
        {
            return names;
        }

        foreach (var author in parsed.EnumerateArray())
        {
            if (author.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var parts = author.EnumerateArray().Take(3)
                .Select(p => p.ValueKind == JsonValueKind.String ? p.GetString() ?? "" : "")
                .ToList();
            var ordered = new[] { parts.ElementAtOrDefault(1), parts.ElementAtOrDefault(0), parts.ElementAtOrDefault(2) };
            var name = FeedText.Normalise(string.Join(' ', ordered.Where(p => !string.IsNullOrWhiteSpace(p))));
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }

    private static DateOnly? FirstVersionDate(JsonElement paper) =>
        JsonFields.Array(paper, "versions") is { } versions && versions.GetArrayLength() > 0
            ? FeedDates.FromRfc822(JsonFields.String(versions[0], "created"))
            : null;
}
