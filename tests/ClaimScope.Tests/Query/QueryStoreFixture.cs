using ClaimScope.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Tests.Query;

/// <summary>One store filled once per test class by the real ingest command: the seed listings and an HF API day.</summary>
public sealed class QueryStoreFixture : IDisposable
{
    private readonly TempFolder folder = new();

    public QueryStoreFixture()
    {
        DbPath = Path.Combine(folder.Path, "claims.db");
        var run = CliRun.Of("ingest", SeedData.FeedsFolder, HfDay, "--db", DbPath);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(run.Error);
        }
    }

    public static string HfDay => Path.Combine(SeedData.RepoRoot, "data", "samples", "hf_daily_papers_api", "daily_papers_2026-08-21.json");

    public string DbPath { get; }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        folder.Dispose();
    }
}
