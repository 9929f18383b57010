using System.Globalization;
using System.Text.Json;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Evaluation;

/// <summary>
/// A gold file (<c>*.gold.jsonl</c>): one paper a line with its claims. A malformed line is
/// reported and skipped, so one bad annotation does not void the whole set.
/// </summary>
public sealed class GoldSet
{
    private readonly Dictionary<string, GoldPaper> byKey;

    public GoldSet(IEnumerable<GoldPaper> papers)
    {
        Papers = [.. papers];
        HasBaselines = Papers.Any(p => p.Claims.Any(c => c.Baseline is not null));
        byKey = new Dictionary<string, GoldPaper>(StringComparer.Ordinal);
        foreach (var paper in Papers)
        {
            byKey.TryAdd(TitleKey.Normalise(paper.Title), paper);
        }
    }

    public IReadOnlyList<GoldPaper> Papers { get; }

    /// <summary>
    /// Whether the gold annotates baselines at all: a file where some claim has a "baseline" field
    /// (older gold files have none), or a set built in code where some claim names one.
    /// </summary>
    public bool HasBaselines { get; private init; }

    public int ClaimCount => Papers.Sum(p => p.Claims.Count);

    /// <summary>The gold paper whose normalised title equals this one's, if any.</summary>
    public GoldPaper? Find(string title) => byKey.GetValueOrDefault(TitleKey.Normalise(title));

    public static GoldSet Load(string path, Action<FeedProblem> problems)
    {
        var papers = new List<GoldPaper>();
        var hasBaselines = false;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                papers.Add(ParsePaper(line));
                hasBaselines |= line.Contains("\"baseline\"", StringComparison.Ordinal);
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                var message = e.Message.ReplaceLineEndings(" ");
                problems(new FeedProblem(new SourceLocation(path, lineNumber), $"malformed gold line: {message}"));
            }
        }

        return new GoldSet(papers) { HasBaselines = hasBaselines };
    }

    private static GoldPaper ParsePaper(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var title = root.GetProperty("title").GetString();
        if (string.IsNullOrWhiteSpace(title))
        {
            throw new FormatException("the title is empty");
        }

        var claims = new List<GoldClaim>();
        if (root.TryGetProperty("claims", out var array))
        {
            foreach (var item in array.EnumerateArray())
            {
                claims.Add(ParseClaim(item));
            }
        }

        return new GoldPaper(title, claims);
    }

    private static GoldClaim ParseClaim(JsonElement item)
    {
        var kindText = item.GetProperty("kind").GetString();
        if (!ClaimVocabulary.TryParseKind(kindText, out var kind))
        {
            throw new FormatException($"unknown kind '{kindText}'");
        }

        return new GoldClaim(
            kind,
            ReadNumber(item.GetProperty("value")) ?? throw new FormatException("the value is missing"),
            item.TryGetProperty("low", out var low) ? ReadNumber(low) : null,
            Text(item, "unit"),
            ClaimVocabulary.ParseQualifier(Text(item, "qualifier")),
            Text(item, "target"),
            Text(item, "text"),
            Text(item, "baseline") is { Length: > 0 } baseline ? baseline : null);
    }

    private static double? ReadNumber(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => double.Parse(element.GetString()!, NumberStyles.Float, CultureInfo.InvariantCulture),
        JsonValueKind.Null => null,
        _ => throw new FormatException($"expected a number, found {element.ValueKind}"),
    };

    private static string Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : "";
}
