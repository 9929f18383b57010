using ClaimScope.Core.Feeds;
using ClaimScope.Core.Feeds.Formats;

namespace ClaimScope.Tests.Feeds;

/// <summary>Inputs the fuzz loops found to crash a reader, kept so the fix stays.</summary>
public class FuzzRegressionTests
{
    [Fact]
    public void An_author_count_written_in_another_scripts_digits_is_not_a_crash()
    {
        // hf-daily-text fuzz iteration 56602: "• 1᭖ authors" (a Balinese digit) threw FormatException.
        var listing = File.ReadAllText(BadInputs.BadInputFiles.Committed("crlf.txt")).Replace("• 5 authors", "• 1\u1B56 authors", StringComparison.Ordinal);
        var problems = new List<FeedProblem>();

        var records = new DailyPapersTextReader().Read(new StringReader(listing), "fuzz.txt", FeedReadOptions.Default, problems.Add).ToList();

        Assert.Equal(2, records.Count + problems.Count(p => p.Message.Contains("skipped", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_version_date_written_in_another_scripts_digits_is_not_a_crash()
    {
        // arxiv-oai-jsonl fuzz iteration 76118: a Sinhala digit in versions[0].created threw FormatException.
        var line = BadInputs.BadInputFiles.SnapshotLine(1).Replace("Mon, 2 Apr 2007", "Mon, \\u0DEC Apr 2007", StringComparison.Ordinal);
        Assert.Contains("\\u0DEC", line, StringComparison.Ordinal);
        var problems = new List<FeedProblem>();

        var record = Assert.Single(new ArxivOaiSnapshotReader().Read(new StringReader(line), "fuzz.jsonl", FeedReadOptions.Default, problems.Add));

        Assert.Null(record.Published);
    }
}
