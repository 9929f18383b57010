using ClaimScope.Storage;

namespace ClaimScope.Tests.Cli;

public sealed class IngestCommandTests : DatabaseFolder
{
    [Fact]
    public void Ingesting_the_seed_listings_twice_stores_each_of_the_316_papers_once()
    {
        var first = CliRun.Of("ingest", SeedData.FeedsFolder, "--db", DbPath);
        var second = CliRun.Of("ingest", SeedData.FeedsFolder, "--db", DbPath);

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Contains("(316 new papers)", first.Error, StringComparison.Ordinal);
        Assert.Contains("(0 new papers)", second.Error, StringComparison.Ordinal);
        using var store = ClaimStore.Open(DbPath);
        Assert.Equal(316, store.PaperCount);
        Assert.Equal(363, store.ReadAll().Sum(p => p.Paper.Appearances.Count));
    }

    [Fact]
    public void Ingesting_into_a_file_that_is_not_a_database_fails_and_keeps_the_file()
    {
        File.WriteAllText(DbPath, "not a database");

        var run = CliRun.Of("ingest", SeedData.FeedsFolder, "--db", DbPath);

        Assert.Equal(3, run.ExitCode);
        Assert.StartsWith($"claimscope: error: {DbPath}: not an SQLite database (not a ClaimScope database)", run.Error, StringComparison.Ordinal);
        Assert.Equal("not a database", File.ReadAllText(DbPath));
    }
}
