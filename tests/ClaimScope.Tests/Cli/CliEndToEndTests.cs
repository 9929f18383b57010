using System.Diagnostics;

namespace ClaimScope.Tests.Cli;

public class CliEndToEndTests
{
    [Fact]
    public void Papers_lists_the_316_unique_seed_papers_and_exits_zero()
    {
        var run = CliRun.Of("papers", SeedData.FeedsFolder);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("OpenVLA: An Open-Source Vision-Language-Action Model", run.Out, StringComparison.Ordinal);
        Assert.Contains("363 entries, 316 unique papers", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_is_a_one_line_usage_error_with_exit_code_2()
    {
        var run = CliRun.Of("papers", "no/such/listing.txt");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("claimscope: error: no/such/listing.txt: no such file or folder", run.Error.Trim());
        Assert.Empty(run.Out);
    }

    [Fact]
    public void A_file_that_is_not_a_listing_is_reported_with_its_line_and_the_good_files_are_kept()
    {
        var notAListing = Path.Combine(SeedData.RepoRoot, "Directory.Build.props");

        var run = CliRun.Of("papers", notAListing, SeedData.Feed("002_2903ebea94aed6e0.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{notAListing}:1: not a recognised feed", run.Error, StringComparison.Ordinal);
        Assert.Contains("95 entries, 95 unique papers", run.Error, StringComparison.Ordinal);
        Assert.Contains("Feather the Throttle", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_is_read_when_the_input_is_a_dash()
    {
        var listing = File.ReadAllText(SeedData.Feed("002_2903ebea94aed6e0.txt"));

        var run = CliRun.WithInput(listing, "papers", "-");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("95 unique papers", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = CliRun.Of("papers", "--format", "xml", SeedData.FeedsFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format must be one of table, jsonl, csv (got 'xml')", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_as_of_date_is_a_usage_error()
    {
        var run = CliRun.Of("papers", "--as-of", "2025-13-01", SeedData.FeedsFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of must be a date", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("papers")]
    [InlineData("extract")]
    [InlineData("ingest")]
    [InlineData("report")]
    public void Every_command_has_help(string command)
    {
        var run = CliRun.Of(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Contains("--as-of", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_program_prints_no_stack_trace_for_a_missing_file()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "claimscope.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "extract", "missing.txt"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("claimscope: error: missing.txt: no such file or folder", error.Trim());
    }

    [Fact]
    public void Extract_as_jsonl_writes_one_claim_a_line_with_the_agreed_field_names()
    {
        var run = CliRun.Of("extract", "--format", "jsonl", SeedData.Feed("004_1c38a8b04bb44470.txt"));

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        using var first = System.Text.Json.JsonDocument.Parse(lines[0]);
        Assert.Equal(
            ["paper_id", "title", "kind", "value", "low", "unit", "qualifier", "target", "baseline", "text", "start", "end", "source", "factor"],
            first.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Contains(lines, l => l.Contains("\"text\":\"up to 15 percentage points\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_as_a_table_names_the_baseline_of_a_comparison()
    {
        var run = CliRun.Of("extract", SeedData.FeedsFolder);

        Assert.Equal(0, run.ExitCode);
        // The row of FlashAttention-2's "around 2times speedup": its versus cell, not the header or a title.
        var row = Assert.Single(run.Out.Split('\n'), l => l.Contains("around 2times speedup", StringComparison.Ordinal));
        var versus = ClaimScope.Cli.Output.ClaimTable.ColumnRange("versus");
        Assert.Equal("FlashAttention", row[versus].Trim());
    }
}
