using System.Text.RegularExpressions;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Reads the text of a Hugging Face Daily Papers page as copied from a browser: a page header,
/// the listing date, then entries of title, abstract and an optional meta block
/// (author count or organisation, a "·" line, a date with optional year and upvotes).
/// </summary>
/// <remarks>
/// A listing is one web page, so its entries are held until the end of the file: the year of
/// yearless dates is only known once every explicit year in the listing has been seen.
/// </remarks>
public sealed partial class DailyPapersTextReader : IFeedReader
{
    private static readonly HashSet<string> HeaderLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "new", "Get trending papers in your email inbox!", "Subscribe", "Daily Papers",
        "byAK and the research community", "Trending Papers",
    };

    // [0-9], not \d: \d also matches other scripts' digits, which int.Parse refuses (found by fuzzing).
    [GeneratedRegex(@"^\s*•\s*([0-9]{1,5})\s+authors?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorCountLine();

    public string Name => "hf-daily-text";

    public bool CanRead(string head)
    {
        var lines = head.Split(['\n', '\r'], 80).Select(l => l.TrimEnd('\r')).Where(l => !string.IsNullOrWhiteSpace(l)).Take(12).ToList();
        if (lines.Any(l => l.Trim() is "byAK and the research community" or "Get trending papers in your email inbox!"))
        {
            return true;
        }

        // A listing copied without the page header: an optional date line, then a title and its abstract.
        var first = lines.Count > 0 && ListingDate.TryParse(lines[0], out _) ? 1 : 0;
        return lines.Count >= first + 2 && LooksLikeEntry(lines[first], lines[first + 1]);
    }

    /// <summary>A title is one short line that is not markup or data; an abstract is one long line of prose.</summary>
    private static bool LooksLikeEntry(string title, string abstractLine)
    {
        var t = title.TrimStart();
        return t.Length is > 0 and <= 400 && t[0] is not ('<' or '{' or '[')
            && abstractLine.Length >= 200 && abstractLine.Contains(' ', StringComparison.Ordinal) && abstractLine.TrimStart()[0] is not ('<' or '{' or '[');
    }

    public IEnumerable<PaperRecord> Read(TextReader input, string sourceName, FeedReadOptions options, Action<FeedProblem> problems)
    {
        var lines = ReadNonBlankLines(input, sourceName, options, problems);
        var pages = SplitPages(lines);
        if (pages.Count == 1 && !StartsWithHeader(lines) && !(lines.Count >= 2 && StartsLikeListing(lines)))
        {
            problems(new FeedProblem(new SourceLocation(sourceName, lines.Count > 0 ? lines[0].Number : 1),
                "not a Daily Papers listing (no page header such as 'byAK and the research community', and no title and abstract lines)"));
            return [];
        }

        return pages.SelectMany(page => ReadPage(page, sourceName, options, problems));
    }

    /// <summary>
    /// Pages copied one after another (<c>cat *.txt | claimscope papers -</c>) are separate
    /// listings: each page header starts a new one, with its own date.
    /// </summary>
    private static List<List<NumberedLine>> SplitPages(List<NumberedLine> lines)
    {
        var pages = new List<List<NumberedLine>> { new() };
        lines = SplitGluedHeaders(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var startsHeader = IsHeader(lines[i]) && (i == 0 || !IsHeader(lines[i - 1]));
            if (startsHeader && pages[^1].Count > 0 && HeaderRunHasMarker(lines, i))
            {
                pages.Add([]);
            }

            pages[^1].Add(lines[i]);
        }

        return pages;
    }

    /// <summary>
    /// A page copied without a final line break and concatenated runs its last line into the next
    /// page's first header line ("May 18, 2023new"): split them again.
    /// </summary>
    private static List<NumberedLine> SplitGluedHeaders(List<NumberedLine> lines)
    {
        // Built anew rather than inserted into, so a long input costs one pass.
        var split = new List<NumberedLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (i + 1 < lines.Count && text.Length > 3 && text.EndsWith("new", StringComparison.Ordinal) && HeaderRunHasMarker(lines, i + 1))
            {
                split.Add(lines[i] with { Text = text[..^3] });
                split.Add(new NumberedLine(lines[i].Number, "new"));
            }
            else
            {
                split.Add(lines[i]);
            }
        }

        return split;
    }

    private static bool IsHeader(NumberedLine line) => HeaderLines.Contains(line.Text.Trim());

    private static bool StartsWithHeader(List<NumberedLine> lines) => lines.Count > 0 && IsHeader(lines[0]);

    /// <summary>Only a run that holds a line no paper title would have ("byAK and …") starts a page.</summary>
    private static bool HeaderRunHasMarker(List<NumberedLine> lines, int start)
    {
        for (var i = start; i < lines.Count && IsHeader(lines[i]); i++)
        {
            if (lines[i].Text.Trim() is "byAK and the research community" or "Get trending papers in your email inbox!")
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<PaperRecord> ReadPage(List<NumberedLine> lines, string sourceName, FeedReadOptions options, Action<FeedProblem> problems)
    {
        var index = 0;
        while (index < lines.Count && IsHeader(lines[index]))
        {
            index++;
        }

        ListingDate? listing = null;
        if (index < lines.Count && ListingDate.TryParse(lines[index].Text, out var listed))
        {
            listing = listed;
            index++;
        }

        var entries = new List<Entry>();
        while (index < lines.Count)
        {
            index = ReadEntry(lines, index, sourceName, entries, problems);
        }

        return Resolve(entries, listing, options, sourceName);
    }

    private static bool StartsLikeListing(List<NumberedLine> lines)
    {
        var first = ListingDate.TryParse(lines[0].Text, out _) ? 1 : 0;
        return lines.Count >= first + 2 && LooksLikeEntry(lines[first].Text, lines[first + 1].Text);
    }

    private static int ReadEntry(List<NumberedLine> lines, int index, string sourceName, List<Entry> entries, Action<FeedProblem> problems)
    {
        var title = lines[index];
        if (IsMetaLine(lines, index))
        {
            problems(new FeedProblem(new SourceLocation(sourceName, title.Number), "meta block without a title and abstract; skipped"));
            return SkipMeta(lines, index);
        }

        if (index + 1 >= lines.Count || IsMetaLine(lines, index + 1))
        {
            problems(new FeedProblem(new SourceLocation(sourceName, title.Number), $"entry '{Shorten(title.Text)}' has no abstract; skipped"));
            return index + 1 < lines.Count ? SkipMeta(lines, index + 1) : index + 1;
        }

        var entry = new Entry(title, lines[index + 1].Text);
        var next = index + 2;
        if (next < lines.Count && IsMetaLine(lines, next))
        {
            if (!TryReadMeta(lines, next, entry, out var error))
            {
                problems(new FeedProblem(new SourceLocation(sourceName, lines[Math.Min(next + 2, lines.Count - 1)].Number), $"{error}; entry '{Shorten(title.Text)}' skipped"));
                return SkipMeta(lines, next);
            }

            next += 3;
        }

        entries.Add(entry);
        return next;
    }

    /// <summary>A meta block starts with an author count, or with any line followed by a lone "·".</summary>
    private static bool IsMetaLine(List<NumberedLine> lines, int index) =>
        AuthorCountLine().IsMatch(lines[index].Text)
        || lines[index].Text.Trim() == "·"
        || (index + 1 < lines.Count && lines[index + 1].Text.Trim() == "·");

    private static int SkipMeta(List<NumberedLine> lines, int index)
    {
        // Skip to just past the date line that closes the block, or one line if there is no block.
        for (var i = index; i < Math.Min(lines.Count, index + 3); i++)
        {
            if (lines[i].Text.Trim() == "·")
            {
                return Math.Min(lines.Count, i + 2);
            }
        }

        return index + 1;
    }

    private static bool TryReadMeta(List<NumberedLine> lines, int index, Entry entry, out string error)
    {
        error = "";
        if (index + 2 >= lines.Count || lines[index + 1].Text.Trim() != "·")
        {
            error = "incomplete meta block (expected authors or organisation, '·', date)";
            return false;
        }

        var first = lines[index].Text;
        var authors = AuthorCountLine().Match(first);
        if (authors.Success)
        {
            entry.AuthorCount = int.Parse(authors.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            var trimmed = first.Trim();
            var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
            entry.Organisation = space > 0
                ? new Organisation(trimmed[..space], trimmed[(space + 1)..].Trim())
                : new Organisation(trimmed, trimmed);
        }

        if (!ListingDate.TryParse(lines[index + 2].Text, out var date))
        {
            error = $"unreadable date '{Shorten(lines[index + 2].Text)}'";
            return false;
        }

        entry.Date = date;
        return true;
    }

    private static IEnumerable<PaperRecord> Resolve(List<Entry> entries, ListingDate? listing, FeedReadOptions options, string sourceName)
    {
        var listingDate = ResolveListingDate(entries, listing, options);
        var listingYear = listingDate?.Year ?? options.AsOf?.Year ?? DateTime.UtcNow.Year;
        foreach (var entry in entries)
        {
            yield return new PaperRecord
            {
                Title = entry.Title.Text.Trim(),
                Abstract = entry.Abstract.Trim(),
                AuthorCount = entry.AuthorCount,
                Organisation = entry.Organisation,
                Published = entry.Date?.Resolve(listingYear, listingDate),
                Upvotes = entry.Date?.Upvotes,
                ListingDate = listingDate,
                CodeUrl = CodeLinkFinder.Find(entry.Abstract),
                Source = new SourceLocation(sourceName, entry.Title.Number),
            };
        }
    }

    /// <summary>
    /// The listing's own year: given by --as-of, else the year after the newest explicit year
    /// among its entries (a page shows this year's dates without a year).
    /// </summary>
    private static DateOnly? ResolveListingDate(List<Entry> entries, ListingDate? listing, FeedReadOptions options)
    {
        if (options.AsOf is { } asOf)
        {
            return listing is { } l && l.Day <= DateTime.DaysInMonth(asOf.Year, l.Month)
                ? new DateOnly(asOf.Year, l.Month, l.Day)
                : asOf;
        }

        if (listing is not { } date)
        {
            return null;
        }

        var newestYear = entries.Select(e => e.Date?.Year).Max();
        var year = date.Year ?? (newestYear is { } y ? y + 1 : DateTime.UtcNow.Year);
        return date.Resolve(year, null);
    }

    private static List<NumberedLine> ReadNonBlankLines(TextReader input, string sourceName, FeedReadOptions options, Action<FeedProblem> problems)
    {
        var lines = new List<NumberedLine>();
        var reader = new LineReader(input, options.MaxRecordChars);
        while (reader.TryRead(out var line))
        {
            if (line.Text is not { } text)
            {
                problems(new FeedProblem(new SourceLocation(sourceName, line.Number), RecordLimit.TooLarge(line.Length, options)));
            }
            else if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add(new NumberedLine(line.Number, text));
            }
        }

        return lines;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text.Trim() : text[..57].Trim() + "...";

    private readonly record struct NumberedLine(int Number, string Text);

    private sealed class Entry(NumberedLine title, string @abstract)
    {
        public NumberedLine Title { get; } = title;

        public string Abstract { get; } = @abstract;

        public int? AuthorCount { get; set; }

        public Organisation? Organisation { get; set; }

        public ListingDate? Date { get; set; }
    }
}
