using ClaimScope.Core.Extraction;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Tests.Cli;

/// <summary><c>reextract --db</c> refreshes the claims an older extractor made, and only those, and counts what moved.</summary>
public sealed class ReextractCommandTests : DatabaseFolder
{
    private static string Feed => SeedData.Feed("004_1c38a8b04bb44470.txt");

    [Fact]
    public void Claims_of_an_older_extractor_are_refreshed_and_the_appeared_vanished_and_changed_counted()
    {
        CliRun.Of("ingest", Feed, "--db", DbPath);
        var total = Count("SELECT count(*) FROM claims");
        var papers = Count("SELECT count(*) FROM papers");
        // What an older extractor might have left: one claim missed, one valued differently, one spurious.
        Execute("""
            UPDATE papers SET claims_version = 0;
            UPDATE claims SET extractor_version = 0;
            DELETE FROM claims WHERE rowid = (SELECT min(rowid) FROM claims);
            UPDATE claims SET value = value + 1 WHERE rowid = (SELECT max(rowid) FROM claims);
            INSERT INTO claims (paper_id, ordinal, kind, value, unit, qualifier, target, text, start, "end", extractor_version)
                SELECT id, 999, 'metric', 1, '%', 'exact', '', substr(abstract, 1, 3), 0, 3, 0 FROM papers LIMIT 1;
            """);

        var run = CliRun.Of("reextract", "--db", DbPath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            $"claimscope: re-extracted {papers} papers with extractor version {ExtractorVersion.Current}: 1 claims appeared, 1 vanished, 1 changed, {total - 2} unchanged",
            run.Error.Trim());
        Assert.Equal(total, Count("SELECT count(*) FROM claims"));
        Assert.Equal(0, Count($"SELECT count(*) FROM claims WHERE extractor_version <> {ExtractorVersion.Current}"));
    }

    [Fact]
    public void Claims_already_made_by_this_extractor_are_left_alone()
    {
        CliRun.Of("ingest", Feed, "--db", DbPath);

        var run = CliRun.Of("reextract", "--db", DbPath);

        Assert.StartsWith("claimscope: re-extracted 0 papers", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reextracting_touches_neither_papers_nor_appearances()
    {
        CliRun.Of("ingest", SeedData.FeedsFolder, "--db", DbPath);
        const string papers = "SELECT group_concat(id || title || abstract || coalesce(upvotes, '?') || claims_version, '|') FROM (SELECT * FROM papers ORDER BY id)";
        const string appearances = "SELECT group_concat(paper_id || source_file || source_line || coalesce(upvotes, '?'), '|') FROM (SELECT * FROM appearances ORDER BY rowid)";
        var before = (Text(papers), Text(appearances));

        var run = CliRun.Of("reextract", "--db", DbPath, "--all");

        Assert.StartsWith("claimscope: re-extracted 316 papers", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, (Text(papers), Text(appearances)));
    }

    [Fact]
    public void Reextract_needs_an_existing_database()
    {
        var run = CliRun.Of("reextract", "--db", DbPath);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(DbPath));
    }

    private long Count(string sql) => (long)Scalar(sql)!;

    private string Text(string sql) => (string)Scalar(sql)!;

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private void Execute(string sql) => Scalar(sql);
}
