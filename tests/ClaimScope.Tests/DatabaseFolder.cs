using Microsoft.Data.Sqlite;

namespace ClaimScope.Tests;

/// <summary>
/// A temporary folder for tests that write SQLite files; pooled connections are cleared before it
/// is deleted, since they would keep the database files open.
/// </summary>
public abstract class DatabaseFolder : IDisposable
{
    private readonly TempFolder temp = new();

    protected string Folder => temp.Path;

    protected string DbPath => Path.Combine(Folder, "claims.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
