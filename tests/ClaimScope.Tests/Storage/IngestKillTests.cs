using System.Globalization;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace ClaimScope.Tests.Storage;

/// <summary>
/// The real <c>claimscope ingest</c>, SIGKILLed at seeded random moments over a snapshot-shaped
/// file: after every kill the database is intact and holds whole batches only, and a final re-run
/// ends exactly where a clean ingest does. CLAIMSCOPE_KILLS sets the number of kills (default 5;
/// the long run uses 50), CLAIMSCOPE_KILL_PAPERS the size of the file (default 10,000 papers).
/// </summary>
[Collection(RealProcesses.Name)]
public sealed class IngestKillTests(ITestOutputHelper output) : DatabaseFolder
{
    [Fact]
    public void Ingest_killed_at_random_moments_leaves_an_intact_store_and_a_rerun_completes_it_exactly()
    {
        var kills = Setting("CLAIMSCOPE_KILLS", 5);
        var papers = Setting("CLAIMSCOPE_KILL_PAPERS", 10_000);
        var snapshot = SnapshotFile.Write(Path.Combine(Folder, "snapshot.jsonl"), 0, papers);
        var clean = Path.Combine(Folder, "clean.db");
        var started = DateTime.UtcNow;
        Assert.Equal(0, ClaimScopeProcess.Run("ingest", snapshot, "--db", clean).ExitCode);
        var cleanSeconds = (DateTime.UtcNow - started).TotalSeconds;

        var random = new Random(20261203);
        var (killed, midRun, completed) = (0, 0, 0);
        while (killed < kills)
        {
            double delay;
            using (var ingest = ClaimScopeProcess.Start("ingest", snapshot, "--db", DbPath))
            {
                delay = cleanSeconds * (0.05 + (0.95 * random.NextDouble()));
                Thread.Sleep(TimeSpan.FromSeconds(delay));
                if (!ingest.HasExited)
                {
                    ingest.Kill();
                    killed++;
                }
            }

            var stored = CheckIntactAndWhole(clean);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run at {delay:0.00} s: {stored} papers stored, intact"));
            midRun += stored > 0 && stored < papers ? 1 : 0;
            if (stored == papers)
            {
                // The run got to the end before the kill (a resumed run skips what is stored): start again from nothing.
                completed++;
                SqliteConnection.ClearAllPools();
                foreach (var file in Directory.GetFiles(Folder, "claims.db*"))
                {
                    File.Delete(file);
                }
            }
        }

        var rerun = ClaimScopeProcess.Run("ingest", snapshot, "--db", DbPath);

        Assert.Equal(0, rerun.ExitCode);
        CheckIntactAndWhole(clean);
        Assert.Equal(Counts(clean), Counts(DbPath));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{killed} SIGKILLs ({midRun} checks found the store part-filled, {completed} runs completed before their kill) over {papers} papers; clean ingest {cleanSeconds:0.0} s; 0 integrity failures; re-run counts {Counts(DbPath)}"));
    }

    /// <summary>Integrity ok, no orphan, and every stored paper exactly as the clean ingest stored it, claims and all; returns the paper count.</summary>
    private long CheckIntactAndWhole(string clean)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM papers p WHERE NOT EXISTS (SELECT 1 FROM appearances a WHERE a.paper_id = p.id)"));
        Scalar(connection, $"ATTACH '{clean}' AS clean");
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM (SELECT id, title, abstract, upvotes, claims_version FROM papers EXCEPT SELECT id, title, abstract, upvotes, claims_version FROM clean.papers)"));
        const string claim = """paper_id, ordinal, kind, value, unit, target, text, start, "end", extractor_version""";
        Assert.Equal(0L, Scalar(connection, $"SELECT count(*) FROM (SELECT {claim} FROM claims EXCEPT SELECT {claim} FROM clean.claims)"));
        Assert.Equal(0L, Scalar(connection, $"SELECT count(*) FROM (SELECT {claim} FROM clean.claims WHERE paper_id IN (SELECT id FROM papers) EXCEPT SELECT {claim} FROM claims)"));
        return (long)Scalar(connection, "SELECT count(*) FROM papers")!;
    }

    private static (long Papers, long Appearances, long Claims) Counts(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return ((long)Scalar(connection, "SELECT count(*) FROM papers")!, (long)Scalar(connection, "SELECT count(*) FROM appearances")!,
            (long)Scalar(connection, "SELECT count(*) FROM claims")!);
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
