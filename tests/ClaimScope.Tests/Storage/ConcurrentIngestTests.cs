using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ClaimScope.Tests.Storage;

/// <summary>Real processes at once on one database: writers wait for each other, readers wait for nobody.</summary>
[Collection(RealProcesses.Name)]
public sealed class ConcurrentIngestTests(ITestOutputHelper output) : DatabaseFolder
{
    [Fact]
    public void Two_ingests_of_overlapping_feeds_at_once_store_each_paper_exactly_once_while_readers_succeed()
    {
        // Papers 0-5999 and 3000-8999: 3,000 in both files, 9,000 in all, 12,000 appearances.
        var first = SnapshotFile.Write(Path.Combine(Folder, "first.jsonl"), 0, 6000);
        var second = SnapshotFile.Write(Path.Combine(Folder, "second.jsonl"), 3000, 9000);

        using var a = ClaimScopeProcess.Start("ingest", first, "--db", DbPath);
        using var b = ClaimScopeProcess.Start("ingest", second, "--db", DbPath);
        var reads = new List<(int ExitCode, string Out, string Error)>();
        while (!a.HasExited || !b.HasExited)
        {
            if (File.Exists(DbPath))
            {
                reads.Add(ClaimScopeProcess.Run("papers", "--db", DbPath, "--format", "csv"));
            }

            Thread.Sleep(200);
        }

        var (runA, runB) = (a.WaitForExit(), b.WaitForExit());
        Assert.Equal((0, 0, "", ""), (runA.ExitCode, runB.ExitCode, Problems(runA.Error), Problems(runB.Error)));
        Assert.Equal((9000L, 12000L), (Scalar("SELECT count(*) FROM papers"), Scalar("SELECT count(*) FROM appearances")));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM (SELECT arxiv_id FROM papers GROUP BY arxiv_id HAVING count(*) > 1)"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM papers p WHERE (SELECT count(*) FROM appearances a WHERE a.paper_id = p.id) <> CASE WHEN CAST(substr(p.arxiv_id, 6) AS INTEGER) BETWEEN 3000 AND 5999 THEN 2 ELSE 1 END"));
        // Every read saw a consistent snapshot, whatever the moment ("no such database" only before the first process created it).
        Assert.All(reads.Where(r => !r.Error.Contains("no such database", StringComparison.Ordinal) && !r.Error.Contains("empty database", StringComparison.Ordinal)),
            r => Assert.Equal(0, r.ExitCode));
        output.WriteLine($"{reads.Count} papers --db reads during two concurrent ingests; {reads.Count(r => r.ExitCode == 0)} succeeded");
    }

    [Fact]
    public void A_report_from_the_database_while_an_ingest_runs_succeeds()
    {
        var snapshot = SnapshotFile.Write(Path.Combine(Folder, "snapshot.jsonl"), 0, 6000);
        Assert.Equal(0, ClaimScopeProcess.Run("ingest", SeedData.FeedsFolder, "--db", DbPath).ExitCode);

        using var ingest = ClaimScopeProcess.Start("ingest", snapshot, "--db", DbPath);
        var report = ClaimScopeProcess.Run("report", "--db", DbPath, "--out", Path.Combine(Folder, "report"));
        var stillRunning = !ingest.HasExited;

        Assert.Equal(0, report.ExitCode);
        Assert.Matches(@"claimscope: \d+ claims from \d+ papers", report.Error);
        Assert.Equal(0, ingest.WaitForExit().ExitCode);
        output.WriteLine($"report finished while the ingest was still running: {stillRunning}");
    }

    /// <summary>Every line of standard error that is not the final summary.</summary>
    private static string Problems(string error) =>
        string.Join('\n', error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("claimscope: stored ", StringComparison.Ordinal)));

    private long Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
