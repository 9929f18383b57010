using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Storage;

/// <summary>
/// Checks a database path before SQLite touches it, recognises what kind of file it is without
/// writing to it, and turns SQLite's error codes into <see cref="ClaimStoreException"/>s that say
/// what is wrong in the user's terms.
/// </summary>
internal static class ClaimStoreFile
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;
    private const int SqlitePermission = 3;

    /// <summary>What a file holds, read without writing.</summary>
    public enum Kind
    {
        Empty,
        ClaimScope,
        Foreign,
    }

    /// <summary>Refuses a path that cannot be opened as asked, before SQLite would create or lock anything.</summary>
    public static void CheckPath(string path, bool readOnly)
    {
        if (Directory.Exists(path))
        {
            throw new ClaimStoreException(StoreProblem.IsFolder, $"{path}: is a folder, not a database file");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!File.Exists(path))
        {
            if (readOnly)
            {
                throw new ClaimStoreException(StoreProblem.Missing, $"{path}: no such database");
            }

            if (!Directory.Exists(folder))
            {
                throw new ClaimStoreException(StoreProblem.NoSuchFolder, $"{path}: no such folder {folder}; create it first");
            }

            return;
        }

        // A write-protected file (chmod a-w) is read-only to ClaimScope even for root, as rm treats it.
        if (!readOnly && !OperatingSystem.IsWindows() &&
            (File.GetUnixFileMode(path) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
        {
            throw ReadOnlyFile(path);
        }
    }

    /// <summary>Recognises the file; the version is that of a ClaimScope database, else 0.</summary>
    public static (Kind Kind, int Version, string Description) Inspect(SqliteConnection connection)
    {
        var objects = Scalar(connection, "SELECT count(*) FROM sqlite_master");
        var userVersion = Scalar(connection, "PRAGMA user_version");
        var applicationId = Scalar(connection, "PRAGMA application_id");
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'") == 1)
        {
            try
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
                if (command.ExecuteScalar() is string text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                {
                    return (Kind.ClaimScope, version, "");
                }
            }
            catch (SqliteException)
            {
                // A table named meta without our columns: someone else's.
            }
        }

        if (objects == 0 && userVersion == 0 && (applicationId == 0 || applicationId == ClaimStoreSchema.ApplicationId))
        {
            return (Kind.Empty, 0, "");
        }

        var tables = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table'");
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{tables} table(s), {objects - tables} other object(s), user_version {userVersion}");
        return (Kind.Foreign, 0, description);
    }

    /// <summary>The error a database failure means for the user, naming the file.</summary>
    public static ClaimStoreException Translate(SqliteException e, string path, TimeSpan busyTimeout) => (e.SqliteErrorCode & 0xFF) switch
    {
        SqliteBusy or SqliteLocked => new ClaimStoreException(StoreProblem.Busy, string.Create(CultureInfo.InvariantCulture,
            $"{path}: database is busy: another process held its lock for more than {busyTimeout.TotalSeconds:0.#} s; try again later or raise --busy-timeout"), e),
        SqliteReadOnly or SqlitePermission => ReadOnlyFile(path, e),
        SqliteNotADatabase => new ClaimStoreException(StoreProblem.NotSqlite, $"{path}: not an SQLite database (not a ClaimScope database); left untouched", e),
        SqliteCantOpen => new ClaimStoreException(StoreProblem.ReadOnly, $"{path}: cannot open the database file or create its journal beside it (check the folder's permissions)", e),
        _ => new ClaimStoreException(StoreProblem.Damaged, $"{path}: database error: {e.Message}", e),
    };

    private static ClaimStoreException ReadOnlyFile(string path, Exception? inner = null) =>
        new(StoreProblem.ReadOnly, $"{path}: the database is read-only (no write permission on the file or its folder); reading it works, writing needs write access", inner);

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
