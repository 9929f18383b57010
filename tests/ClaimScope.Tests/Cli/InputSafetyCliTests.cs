using ClaimScope.Tests.BadInputs;

namespace ClaimScope.Tests.Cli;

/// <summary>
/// The command line around its inputs: misspelt options are usage errors with a suggestion, an
/// --out that names a file fails before reading, earlier reports are never read back, and
/// listings concatenated on standard input are read as the separate pages they are.
/// </summary>
public class InputSafetyCliTests
{
    [Theory]
    [InlineData("papers", "--fromat", "--format")]
    [InlineData("extract", "--fromat", "--format")]
    [InlineData("papers", "--as-off", "--as-of")]
    [InlineData("report", "--ot", "--out")]
    public void A_misspelt_option_is_a_usage_error_with_a_suggestion(string command, string typo, string meant)
    {
        var run = CliRun.Of(command, SeedData.FeedsFolder, typo, "csv", "--out", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"unknown option '{typo}' for '{command}': did you mean {meant}?", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("no such file", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void Report_out_naming_an_existing_file_fails_before_any_input_is_read()
    {
        using var temp = new TempFolder();
        var file = Path.Combine(temp.Path, "report.html");
        File.WriteAllText(file, "mine");

        // A binary input would be reported the moment it is read: no such warning may appear.
        var run = CliRun.Of("report", BadInputFiles.Committed("binary.bin"), "--out", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out names a file", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("binary file", run.Error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public void Reporting_a_folder_into_itself_twice_reads_the_same_papers()
    {
        using var temp = new TempFolder();
        foreach (var feed in Directory.GetFiles(SeedData.FeedsFolder))
        {
            File.Copy(feed, Path.Combine(temp.Path, Path.GetFileName(feed)));
        }

        var output = Path.Combine(temp.Path, "report");
        var first = CliRun.Of("report", temp.Path, "--out", output);
        var second = CliRun.Of("report", temp.Path, "--out", output);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(Summary(first), Summary(second));
        Assert.Contains("from 316 papers", Summary(second), StringComparison.Ordinal);
    }

    [Fact]
    public void An_earlier_report_inside_an_input_folder_is_passed_over()
    {
        using var temp = new TempFolder();
        File.Copy(BadInputFiles.Committed("crlf.txt"), Path.Combine(temp.Path, "listing.txt"));
        Assert.Equal(0, CliRun.Of("report", SeedData.FeedsFolder, "--out", Path.Combine(temp.Path, "old-report")).ExitCode);

        var run = CliRun.Of("papers", temp.Path, "-f", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, BadInputCorpusTests.CsvRows(run));
        Assert.Contains("passed over 1 report folder(s)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_file_named_like_an_export_is_still_read()
    {
        using var temp = new TempFolder();
        File.Copy(BadInputFiles.Committed("invalid-utf8.jsonl"), Path.Combine(temp.Path, "papers.jsonl"));

        var run = CliRun.Of("papers", temp.Path, "-f", "csv");

        Assert.Equal(2, BadInputCorpusTests.CsvRows(run));
    }

    [Fact]
    public void Listings_concatenated_on_standard_input_read_as_the_separate_pages_they_are()
    {
        // As `cat data/feeds/*.txt` makes them: the files end without a line break.
        var files = Directory.GetFiles(SeedData.FeedsFolder, "*.txt").Order(StringComparer.Ordinal);
        var joined = string.Concat(files.Select(File.ReadAllText));
        var fromFolder = CliRun.Of("papers", SeedData.FeedsFolder, "-f", "jsonl");

        var fromStdin = CliRun.WithInput(joined, "papers", "-", "-f", "jsonl");

        Assert.Equal(0, fromStdin.ExitCode);
        Assert.Equal(Titles(fromFolder.Out), Titles(fromStdin.Out));
        Assert.DoesNotContain("warning", fromStdin.Error, StringComparison.Ordinal);
    }

    private static string Summary(CliRun run) =>
        run.Error.Split('\n').Single(l => l.Contains(" claims from ", StringComparison.Ordinal))
            .Split(';')[0];

    private static List<string> Titles(string jsonl) => jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("title").GetString()!)
        .ToList();
}
