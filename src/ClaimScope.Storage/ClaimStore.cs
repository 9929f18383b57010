using System.Globalization;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Model;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Storage;

/// <summary>
/// A SQLite file of papers, their appearances and their claims. Each batch is one transaction, so
/// an interrupted run leaves whole batches only. The file is in WAL mode: readers never wait for a
/// writer, and a writer waits up to the busy timeout for another. Every database failure surfaces
/// as a <see cref="ClaimStoreException"/> that names the file and the problem.
/// </summary>
public sealed class ClaimStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly ClaimStoreOptions options;
    private ClaimStoreWriter? writer;
    private SqliteCommand? findKey;

    private ClaimStore(SqliteConnection connection, ClaimStoreOptions options, string path, int? upgradedFrom)
    {
        this.connection = connection;
        this.options = options;
        Path = path;
        UpgradedFrom = upgradedFrom;
    }

    /// <summary>The database file as it was named.</summary>
    public string Path { get; }

    /// <summary>The schema version the file had when this open upgraded it, else null.</summary>
    public int? UpgradedFrom { get; }

    /// <summary>Opens for writing (creating if needed, upgrading an older schema); another application's file is refused untouched.</summary>
    public static ClaimStore Open(string path) => Open(path, new ClaimStoreOptions());

    public static ClaimStore Open(string path, ClaimStoreOptions options)
    {
        ClaimStoreFile.CheckPath(path, options.ReadOnly);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds};"));
            var (kind, version, _) = Recognise(connection, path);
            int? upgradedFrom = null;
            if (options.ReadOnly)
            {
                if (kind == ClaimStoreFile.Kind.Empty)
                {
                    throw new ClaimStoreException(StoreProblem.Missing, $"{path}: an empty database, with no ClaimScope data yet (fill it with 'claimscope ingest --db')");
                }
            }
            else
            {
                upgradedFrom = Prepare(connection, path, version);
            }

            return new ClaimStore(connection, options, path, upgradedFrom);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw ClaimStoreFile.Translate(e, path, options.BusyTimeout);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Stores papers with claims made by this build's extractor; returns how many papers were new.</summary>
    public int Save(IEnumerable<(Paper Paper, IReadOnlyList<Claim> Claims)> batch) => Save(batch, ExtractorVersion.Current);

    /// <summary>Stores papers in one transaction, recording which extractor version made the claims of new papers.</summary>
    public int Save(IEnumerable<(Paper Paper, IReadOnlyList<Claim> Claims)> batch, int extractorVersion) => Guard(() =>
    {
        writer ??= new ClaimStoreWriter(connection);
        using var transaction = connection.BeginTransaction();
        writer.Begin(transaction);
        var added = 0;
        foreach (var (paper, claims) in batch)
        {
            if (writer.Write(paper, claims, extractorVersion))
            {
                added++;
            }
        }

        transaction.Commit();
        return added;
    });

    /// <summary>
    /// Re-runs the extractor on the stored abstract of every paper whose claims an older extractor
    /// made (or every paper, with <paramref name="all"/>), replacing those claims; papers and
    /// appearances are not touched.
    /// </summary>
    public ReextractResult Reextract(IClaimExtractor extractor, int extractorVersion, bool all = false) =>
        Guard(() => new ClaimReextractor(connection, extractor, extractorVersion).Run(all));

    /// <summary>
    /// Whether a paper with this title or arXiv id is stored: its claims are then kept as they are,
    /// so a caller can skip extracting it (a re-run over the same feeds extracts nothing twice).
    /// </summary>
    public bool Contains(string title, string? arxivId) => Guard(() =>
    {
        findKey ??= ClaimStoreWriter.Command(connection, "SELECT 1 FROM paper_keys WHERE key = $key", "$key");
        foreach (var key in StoredPaperKeys.Of(title, arxivId))
        {
            findKey.Parameters[0].Value = key;
            if (findKey.ExecuteScalar() is not null)
            {
                return true;
            }
        }

        return false;
    });

    public int PaperCount => Count("papers");

    public int ClaimCount => Count("claims");

    public int AppearanceCount => Count("appearances");

    /// <summary>Every stored paper with its claims, read lazily in id order from one consistent snapshot.</summary>
    public IEnumerable<(Paper Paper, IReadOnlyList<Claim> Claims)> ReadAll() => Guarded(new ClaimStoreReader(connection).ReadAll());

    /// <summary>The claims a query matches, streamed with their papers; <paramref name="targetGroup"/> names a target's group for <see cref="ClaimQuery.Target"/>.</summary>
    public IEnumerable<PaperClaim> Query(ClaimQuery query, Func<string, string>? targetGroup = null) => Guarded(new ClaimQueryReader(connection, targetGroup).Read(query));

    public void Dispose()
    {
        writer?.Dispose();
        findKey?.Dispose();
        connection.Dispose();
    }

    /// <summary>Runs work, turning SQLite's errors into the store's own one-line ones.</summary>
    private T Guard<T>(Func<T> work)
    {
        try
        {
            return work();
        }
        catch (SqliteException e)
        {
            throw ClaimStoreFile.Translate(e, Path, options.BusyTimeout);
        }
    }

    private IEnumerable<T> Guarded<T>(IEnumerable<T> source)
    {
        using var items = source.GetEnumerator();
        while (true)
        {
            T current;
            try
            {
                if (!items.MoveNext())
                {
                    yield break;
                }

                current = items.Current;
            }
            catch (SqliteException e)
            {
                throw ClaimStoreFile.Translate(e, Path, options.BusyTimeout);
            }

            yield return current;
        }
    }

    private int Count(string table) => Guard(() =>
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    private static (ClaimStoreFile.Kind Kind, int Version, string Description) Recognise(SqliteConnection connection, string path)
    {
        var found = ClaimStoreFile.Inspect(connection);
        return found.Kind switch
        {
            ClaimStoreFile.Kind.Foreign => throw new ClaimStoreException(StoreProblem.Foreign,
                $"{path}: an SQLite database of another application ({found.Description}), not a ClaimScope database; left untouched"),
            ClaimStoreFile.Kind.ClaimScope when found.Version > ClaimStoreSchema.Version => throw new ClaimStoreException(StoreProblem.NewerSchema,
                string.Create(CultureInfo.InvariantCulture, $"{path}: written by a newer ClaimScope (schema version {found.Version}; this build knows up to {ClaimStoreSchema.Version}); upgrade ClaimScope")),
            _ => found,
        };
    }

    /// <summary>
    /// Creates or upgrades the schema under the write lock, recognising the file again inside the
    /// transaction: another process may have created it since the first look. Returns the version
    /// upgraded from, if any.
    /// </summary>
    private static int? Prepare(SqliteConnection connection, string path, int version)
    {
        if (version < ClaimStoreSchema.Version)
        {
            // WAL persists in the file; it cannot be switched on inside a transaction.
            Execute(connection, "PRAGMA journal_mode = WAL;");
        }

        // In WAL mode NORMAL never corrupts (a power cut may lose the last commits, not consistency); a 32 MB page cache keeps the key indexes hot.
        Execute(connection, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;");
        if (version == ClaimStoreSchema.Version)
        {
            return null;
        }

        using var transaction = connection.BeginTransaction();
        var (kind, current, _) = Recognise(connection, path);
        int? upgradedFrom = null;
        if (kind == ClaimStoreFile.Kind.Empty)
        {
            using var create = connection.CreateCommand();
            create.Transaction = transaction;
            create.CommandText = ClaimStoreSchema.Create;
            create.ExecuteNonQuery();
            ClaimStoreMigrations.SetVersion(connection, transaction);
        }
        else if (current < ClaimStoreSchema.Version)
        {
            ClaimStoreMigrations.Upgrade(connection, transaction, current);
            upgradedFrom = current;
        }

        transaction.Commit();
        return upgradedFrom;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
