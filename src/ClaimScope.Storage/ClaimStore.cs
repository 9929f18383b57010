using System.Globalization;
using ClaimScope.Core.Model;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Storage;

/// <summary>
/// A SQLite file of papers and their claims. Ingesting is idempotent: a paper seen again gains
/// its new appearances and has its claims replaced, all inside one transaction per batch, so an
/// interrupted run leaves the previous contents intact.
/// </summary>
public sealed class ClaimStore : IDisposable
{
    private readonly SqliteConnection connection;

    private ClaimStore(SqliteConnection connection) => this.connection = connection;

    public string Path => connection.DataSource;

    /// <summary>Opens (creating if needed) a store; a file that is not a ClaimScope database is refused.</summary>
    public static ClaimStore Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA foreign_keys = ON;");
            CheckVersion(connection, path);
            Execute(connection, ClaimStoreSchema.Create);
            Execute(connection, $"INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '{ClaimStoreSchema.Version.ToString(CultureInfo.InvariantCulture)}');");
            return new ClaimStore(connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InvalidDataException($"{path}: not a ClaimScope database ({e.Message})", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Stores papers with their claims in one transaction; returns how many were new.</summary>
    public int Save(IEnumerable<(Paper Paper, IReadOnlyList<Claim> Claims)> batch)
    {
        using var transaction = connection.BeginTransaction();
        var writer = new ClaimStoreWriter(connection, transaction);
        var added = 0;
        foreach (var (paper, claims) in batch)
        {
            if (writer.Write(paper, claims))
            {
                added++;
            }
        }

        transaction.Commit();
        return added;
    }

    public int PaperCount => Count("papers");

    public int ClaimCount => Count("claims");

    /// <summary>Every stored paper with its claims, read lazily in id order.</summary>
    public IEnumerable<(Paper Paper, IReadOnlyList<Claim> Claims)> ReadAll() => new ClaimStoreReader(connection).ReadAll();

    /// <summary>The claims a query matches, streamed with their papers; <paramref name="targetGroup"/> names a target's group for <see cref="ClaimQuery.Target"/>.</summary>
    public IEnumerable<PaperClaim> Query(ClaimQuery query, Func<string, string>? targetGroup = null) => new ClaimQueryReader(connection, targetGroup).Read(query);

    public void Dispose() => connection.Dispose();

    private int Count(string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void CheckVersion(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new List<string>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (tables.Count > 0 && !tables.Contains("meta"))
        {
            throw new InvalidDataException($"{path}: an SQLite database, but not a ClaimScope one (no meta table); refusing to write to it");
        }

        if (tables.Contains("meta"))
        {
            command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
            var version = command.ExecuteScalar() as string;
            if (version != ClaimStoreSchema.Version.ToString(CultureInfo.InvariantCulture))
            {
                throw new InvalidDataException($"{path}: schema version {version ?? "unknown"}, this build reads version {ClaimStoreSchema.Version.ToString(CultureInfo.InvariantCulture)}");
            }
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
