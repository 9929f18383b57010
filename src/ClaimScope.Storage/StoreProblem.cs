namespace ClaimScope.Storage;

/// <summary>What is wrong with a database file, so a command can say it precisely and pick its exit code.</summary>
public enum StoreProblem
{
    /// <summary>The database to read does not exist.</summary>
    Missing,

    /// <summary>The path names a folder, not a file.</summary>
    IsFolder,

    /// <summary>The folder the database would be created in does not exist.</summary>
    NoSuchFolder,

    /// <summary>The file (or its folder) cannot be written, and writing was asked for.</summary>
    ReadOnly,

    /// <summary>Another process holds the lock for longer than the busy timeout.</summary>
    Busy,

    /// <summary>The file is not an SQLite database at all.</summary>
    NotSqlite,

    /// <summary>An SQLite database that belongs to another application; never written to.</summary>
    Foreign,

    /// <summary>A ClaimScope database written by a newer build, with a schema this build does not know.</summary>
    NewerSchema,

    /// <summary>The file is damaged, or another database error occurred.</summary>
    Damaged,
}
