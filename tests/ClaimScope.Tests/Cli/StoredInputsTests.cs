namespace ClaimScope.Tests.Cli;

/// <summary><c>papers --db</c> and <c>extract --db</c> print the store as <c>papers</c> and <c>extract</c> print the feeds it was filled from.</summary>
public sealed class StoredInputsTests : DatabaseFolder
{
    [Fact]
    public void Papers_db_lists_the_same_unique_papers_as_papers_over_the_feeds_it_was_filled_from()
    {
        CliRun.Of("ingest", SeedData.FeedsFolder, "--db", DbPath);

        var fromFeeds = CliRun.Of("papers", SeedData.FeedsFolder, "--format", "jsonl");
        var fromDb = CliRun.Of("papers", "--db", DbPath, "--format", "jsonl");

        Assert.Equal(0, fromDb.ExitCode);
        Assert.Equal(316, Lines(fromDb.Out).Length);
        Assert.Equal(Lines(fromFeeds.Out).Order(StringComparer.Ordinal), Lines(fromDb.Out).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Extract_db_prints_the_same_claims_as_extract_over_the_feeds_it_was_filled_from()
    {
        CliRun.Of("ingest", SeedData.FeedsFolder, "--db", DbPath);

        var fromFeeds = CliRun.Of("extract", SeedData.FeedsFolder, "--format", "jsonl");
        var fromDb = CliRun.Of("extract", "--db", DbPath, "--format", "jsonl");

        Assert.Equal(0, fromDb.ExitCode);
        Assert.NotEmpty(Lines(fromDb.Out));
        Assert.Equal(Lines(fromFeeds.Out).Order(StringComparer.Ordinal), Lines(fromDb.Out).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Naming_feeds_and_a_database_at_once_is_a_usage_error()
    {
        CliRun.Of("ingest", SeedData.Feed("004_1c38a8b04bb44470.txt"), "--db", DbPath);

        var run = CliRun.Of("papers", SeedData.FeedsFolder, "--db", DbPath);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("claimscope: error: name feeds or a database with --db, not both", run.Error.Trim());
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
