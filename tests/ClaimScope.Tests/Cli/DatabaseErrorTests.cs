using System.Security.Cryptography;
using ClaimScope.Storage;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Tests.Cli;

/// <summary>Each way a --db file can be unusable is said precisely, in one line, with the right exit code.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DatabaseErrorTests : DatabaseFolder
{
    private static string Feed => SeedData.Feed("004_1c38a8b04bb44470.txt");

    [Fact]
    public void Ingesting_into_a_write_protected_database_says_it_is_read_only_and_changes_nothing()
    {
        Assert.Equal(0, CliRun.Of("ingest", Feed, "--db", DbPath).ExitCode);
        File.SetUnixFileMode(DbPath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = Hash(DbPath);

        var run = CliRun.Of("ingest", SeedData.Feed("000_0b748c4145386771.txt"), "--db", DbPath);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"claimscope: error: {DbPath}: the database is read-only (no write permission on the file or its folder); reading it works, writing needs write access", run.Error.Trim());
        Assert.Equal(before, Hash(DbPath));
    }

    [Fact]
    public void A_write_protected_database_is_still_read_by_papers_and_report()
    {
        Assert.Equal(0, CliRun.Of("ingest", Feed, "--db", DbPath).ExitCode);
        File.SetUnixFileMode(DbPath, UnixFileMode.UserRead);

        var papers = CliRun.Of("papers", "--db", DbPath, "--format", "jsonl");
        var report = CliRun.Of("report", "--db", DbPath, "--out", Path.Combine(Folder, "report"));

        Assert.Equal((0, 0), (papers.ExitCode, report.ExitCode));
        Assert.NotEmpty(papers.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_folder_given_as_the_database_is_a_usage_error()
    {
        var run = CliRun.Of("ingest", Feed, "--db", Folder);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"claimscope: error: {Folder}: is a folder, not a database file", run.Error.Trim());
    }

    [Fact]
    public void A_database_in_a_folder_that_does_not_exist_is_a_usage_error_naming_the_folder()
    {
        var path = Path.Combine(Folder, "no-such-folder", "claims.db");

        var run = CliRun.Of("ingest", Feed, "--db", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"claimscope: error: {path}: no such folder {Path.Combine(Folder, "no-such-folder")}; create it first", run.Error.Trim());
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
    }

    [Fact]
    public void Reading_a_database_that_does_not_exist_is_a_usage_error_and_creates_nothing()
    {
        var run = CliRun.Of("papers", "--db", DbPath);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"claimscope: error: {DbPath}: no such database", run.Error.Trim());
        Assert.False(File.Exists(DbPath));
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("papers")]
    [InlineData("report")]
    public void Another_applications_database_with_only_a_view_is_refused_and_left_byte_for_byte(string command)
    {
        WithConnection(c => Execute(c, "PRAGMA user_version = 42; CREATE VIEW answer AS SELECT 42 AS value;"));
        var before = Hash(DbPath);
        string[] args = command switch
        {
            "ingest" => ["ingest", Feed, "--db", DbPath],
            "papers" => ["papers", "--db", DbPath],
            _ => ["report", "--db", DbPath, "--out", Path.Combine(Folder, "report")],
        };

        var run = CliRun.Of(args);

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"claimscope: error: {DbPath}: an SQLite database of another application (0 table(s), 1 other object(s), user_version 42), not a ClaimScope database; left untouched", run.Error.Trim());
        Assert.Equal(before, Hash(DbPath));
    }

    [Fact]
    public void A_database_from_a_newer_claimscope_is_refused_with_its_version()
    {
        Assert.Equal(0, CliRun.Of("ingest", Feed, "--db", DbPath).ExitCode);
        WithConnection(c => Execute(c, "UPDATE meta SET value = '99' WHERE key = 'schema_version'"));

        var run = CliRun.Of("ingest", Feed, "--db", DbPath);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("written by a newer ClaimScope (schema version 99; this build knows up to 2)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_lock_held_by_another_process_past_the_busy_timeout_is_a_clear_busy_error()
    {
        Assert.Equal(0, CliRun.Of("ingest", Feed, "--db", DbPath).ExitCode);
        using var holder = OpenConnection();
        using var lockHeld = holder.BeginTransaction();
        Execute(holder, "DELETE FROM appearances WHERE source_line < 0", lockHeld);

        var run = CliRun.Of("ingest", SeedData.Feed("000_0b748c4145386771.txt"), "--db", DbPath, "--busy-timeout", "1");

        Assert.Equal(3, run.ExitCode);
        Assert.Equal($"claimscope: error: {DbPath}: database is busy: another process held its lock for more than 1 s; try again later or raise --busy-timeout", run.Error.Trim());
    }

    [Fact]
    public void Papers_db_reads_the_committed_papers_while_another_process_holds_the_write_lock()
    {
        Assert.Equal(0, CliRun.Of("ingest", Feed, "--db", DbPath).ExitCode);
        var committed = CliRun.Of("papers", "--db", DbPath, "--format", "jsonl").Out;
        using var holder = OpenConnection();
        using var lockHeld = holder.BeginTransaction();
        Execute(holder, "DELETE FROM claims; DELETE FROM appearances; DELETE FROM paper_keys; DELETE FROM papers;", lockHeld);

        var run = CliRun.Of("papers", "--db", DbPath, "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(committed, run.Out);
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        return connection;
    }

    private void WithConnection(Action<SqliteConnection> action)
    {
        using var connection = OpenConnection();
        action(connection);
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
