using ClaimScope.Cli.Commands;
using ClaimScope.Reports.Exports;
using ClaimScope.Tests.Cli;

namespace ClaimScope.Tests.Query;

public sealed class QueryCommandTests(QueryStoreFixture fixture) : IClassFixture<QueryStoreFixture>
{
    [Fact]
    public void Csv_output_has_the_columns_of_the_claims_export()
    {
        var run = CliRun.Of("query", "--db", fixture.DbPath, "--kind", "speedup", "--min-factor", "5", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(string.Join(',', ClaimColumns.Names) + "\r\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("up to 47.26x and 27.19x speedups", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_output_has_one_claim_a_line_up_to_the_limit()
    {
        var run = CliRun.Of("query", "--db", fixture.DbPath, "--sort", "factor", "--limit", "3", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(3, run.Out.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void The_table_names_the_paper_and_the_evidence()
    {
        var run = CliRun.Of("query", "--db", fixture.DbPath, "--target", "inference", "--min-factor", "40");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("FlashPrefill V2", run.Out, StringComparison.Ordinal);
        Assert.Contains("up to 47.26x", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_database_is_a_usage_error_and_no_file_is_created()
    {
        var missing = Path.Combine(Path.GetTempPath(), "claimscope-no-such-" + Guid.NewGuid().ToString("N") + ".db");

        var run = CliRun.Of("query", "--db", missing);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"claimscope: error: {missing}: no such database", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public void A_wrong_since_is_a_usage_error_naming_the_accepted_forms()
    {
        var run = CliRun.Of("query", "--db", fixture.DbPath, "--since", "last week");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--since must be a date like 2025-01-31 or a span like 7d (got 'last week')", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-01-31", "2025-01-31")]
    [InlineData("7d", "2026-12-01")]
    [InlineData("0d", "2026-12-08")]
    [InlineData("2w", "2026-11-24")]
    public void Relative_dates_count_back_from_today(string text, string expected)
    {
        Assert.True(RelativeDate.TryParse(text, new DateOnly(2026, 12, 8), out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }
}
