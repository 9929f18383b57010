namespace ClaimScope.Tests.Storage;

/// <summary>
/// The schema of ClaimScope's first release (schema version 1), verbatim from
/// src/ClaimScope.Storage/ClaimStoreSchema.cs at commit 46ce842, and how that release stamped it:
/// the migration tests build a database as that release did and open it with today's code.
/// </summary>
internal static class SchemaVersion1
{
    public const string Create = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS papers (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            abstract TEXT NOT NULL,
            arxiv_id TEXT,
            authors TEXT,
            author_count INTEGER,
            org_slug TEXT,
            org_name TEXT,
            published TEXT,
            upvotes INTEGER,
            code_url TEXT
        );
        CREATE TABLE IF NOT EXISTS appearances (
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            listing_date TEXT,
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            upvotes INTEGER,
            PRIMARY KEY (paper_id, source_file, source_line)
        );
        CREATE TABLE IF NOT EXISTS claims (
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            value REAL NOT NULL,
            low REAL,
            unit TEXT NOT NULL,
            qualifier TEXT NOT NULL,
            target TEXT NOT NULL,
            baseline TEXT,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            factor REAL,
            PRIMARY KEY (paper_id, ordinal)
        );
        CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind, factor);
        
        INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', '1');
        """;
}
