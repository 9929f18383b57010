using System.Text.RegularExpressions;
using ClaimScope.Tests.Cli;

namespace ClaimScope.Tests.BadInputs;

/// <summary>
/// Every bad input of the corpus, read by <c>claimscope papers</c>: each problem is one line
/// naming the file and line, the exit code is the documented one (0 all read, 1 something
/// skipped), and every good record around the bad one is kept.
/// </summary>
public partial class BadInputCorpusTests
{
    [GeneratedRegex(@"^claimscope: warning: (?<file>[^\n]+?):(?<line>\d+): (?<message>.+)$", RegexOptions.Multiline)]
    private static partial Regex LocatedWarning();

    [Theory]
    [InlineData("empty.txt", 1, 0, 1, "empty file; skipped")]
    [InlineData("whitespace-only.txt", 1, 0, 1, "empty file; skipped")]
    [InlineData("binary.bin", 1, 0, 1, "binary file, not a feed; skipped")]
    [InlineData("not-a-feed.txt", 1, 0, 1, "not a recognised feed")]
    [InlineData("invalid-utf8.jsonl", 1, 2, 2, "invalid UTF-8 bytes")]
    [InlineData("truncated-listing.txt", 1, 2, 27, "has no abstract; skipped")]
    [InlineData("truncated-atom.xml", 1, 3, 101, "malformed XML")]
    [InlineData("billion-laughs.xml", 1, 0, 1, "a DTD, refused")]
    [InlineData("external-entity.xml", 1, 0, 1, "a DTD, refused")]
    [InlineData("wrong-shape.json", 1, 1, 2, "entry is a JSON Number, not an object; skipped")]
    [InlineData("wrong-types.json", 1, 1, 18, "lacks paper.id, title or summary; skipped")]
    [InlineData("python-repr.json", 1, 1, 6, "Python-repr string")]
    public void A_bad_file_is_reported_at_its_line_and_its_good_records_kept(string name, int exitCode, int papers, int line, string message)
    {
        var file = BadInputFiles.Committed(name);

        var run = CliRun.Of("papers", file, "-f", "csv");

        Assert.Equal(exitCode, run.ExitCode);
        Assert.Equal(papers, CsvRows(run));
        var warning = Assert.Single(LocatedWarning().Matches(run.Error), m => m.Groups["message"].Value.Contains(message, StringComparison.Ordinal));
        Assert.Equal(file, warning.Groups["file"].Value);
        Assert.Equal(line, int.Parse(warning.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf16-bom.json")]
    [InlineData("utf8-bom.txt")]
    [InlineData("crlf.txt")]
    [InlineData("lone-cr.txt")]
    public void Byte_order_marks_and_every_line_ending_read_cleanly(string name)
    {
        var run = CliRun.Of("papers", BadInputFiles.Committed(name), "-f", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, CsvRows(run));
        Assert.Contains("FastThing: Faster Transformers,", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_entity_is_never_resolved()
    {
        var run = CliRun.Of("extract", BadInputFiles.Committed("external-entity.xml"), "-f", "jsonl");

        Assert.DoesNotContain("root:", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Terminal_control_characters_in_a_title_never_reach_the_table()
    {
        var run = CliRun.Of("papers", BadInputFiles.Committed("control-characters.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Evil ]0;pwned Title [2J31m here", run.Out, StringComparison.Ordinal);
        Assert.DoesNotMatch("[\u0000-\u0008\u000B-\u001F\u007F-\u009F]", run.Out);
    }

    [Fact]
    public void A_truncated_gzip_keeps_the_records_before_the_cut()
    {
        using var temp = new TempFolder();
        var file = BadInputFiles.DamagedGzip(temp.Path, "truncated.jsonl.gz", truncate: true);

        var run = CliRun.Of("papers", file, "-f", "csv");

        Assert.Equal(1, run.ExitCode);
        Assert.InRange(CsvRows(run), 20, 199);
        Assert.Matches($"{Regex.Escape(file)}:\\d+: ", run.Error);
    }

    [Fact]
    public void A_corrupt_gzip_is_skipped_with_its_name_and_the_other_files_are_kept()
    {
        using var temp = new TempFolder();
        var corrupt = BadInputFiles.DamagedGzip(temp.Path, "corrupt.jsonl.gz", truncate: false);
        var seeds = CsvRows(CliRun.Of("papers", SeedData.FeedsFolder, "-f", "csv"));

        var run = CliRun.Of("papers", SeedData.FeedsFolder, corrupt, "-f", "csv");

        Assert.Equal(1, run.ExitCode);
        Assert.True(CsvRows(run) > seeds, "the records before the damage and every seed paper are kept");
        Assert.Matches($"{Regex.Escape(corrupt)}:\\d+: cannot read \\(corrupt compressed data", run.Error);
    }

    [Fact]
    public void Nesting_100k_deep_is_refused_at_its_line()
    {
        using var temp = new TempFolder();
        var file = BadInputFiles.DeepNesting(temp.Path, 100_000);

        var run = CliRun.Of("papers", file, "-f", "csv");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches($"{Regex.Escape(file)}:1: malformed JSON .*depth", run.Error);
    }

    [Fact]
    public void A_hundred_thousand_entries_are_all_read()
    {
        using var temp = new TempFolder();
        var file = BadInputFiles.ManyEntries(temp.Path, 100_000);

        var run = CliRun.Of("papers", file, "-f", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(100_000, CsvRows(run));
    }

    [Fact]
    public void A_mixed_folder_keeps_every_good_file_and_names_every_bad_one()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "crlf.txt", "binary.bin", "empty.txt", "wrong-shape.json", "invalid-utf8.jsonl" })
        {
            File.Copy(BadInputFiles.Committed(name), Path.Combine(temp.Path, name));
        }

        BadInputFiles.DamagedGzip(temp.Path, "corrupt.jsonl.gz", truncate: false);

        var run = CliRun.Of("papers", temp.Path, "-f", "csv");

        Assert.Equal(1, run.ExitCode);
        foreach (var bad in new[] { "binary.bin:1:", "empty.txt:1:", "wrong-shape.json:2:", "invalid-utf8.jsonl:2:", "corrupt.jsonl.gz:" })
        {
            Assert.Contains(bad, run.Error, StringComparison.Ordinal);
        }

        // crlf 2 + wrong-shape 1 + invalid-utf8 2 + the corrupt gzip's first half.
        Assert.True(CsvRows(run) > 5, $"{CsvRows(run)} papers");
    }

    /// <summary>Data rows of a CSV on standard output (the header excluded; no quoted line breaks in these papers).</summary>
    internal static int CsvRows(CliRun run) => Math.Max(0, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
}
