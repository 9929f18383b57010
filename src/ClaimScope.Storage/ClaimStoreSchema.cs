namespace ClaimScope.Storage;

/// <summary>
/// The SQLite schema. Its version is kept in the <c>meta</c> table (key <c>schema_version</c>, as
/// version 1 did) and mirrored in <c>PRAGMA user_version</c>; <see cref="ClaimStoreMigrations"/>
/// upgrades older databases in place.
/// </summary>
internal static class ClaimStoreSchema
{
    public const int Version = 2;

    /// <summary>PRAGMA application_id of a ClaimScope database ("ClSc"), so other tools can tell the file apart.</summary>
    public const int ApplicationId = 0x436C5363;

    /// <summary>The tables of a new database, at <see cref="Version"/>.</summary>
    public const string Create = """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE papers (
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
            code_url TEXT,
            claims_version INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE appearances (
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE,
            listing_date TEXT,
            source_file TEXT NOT NULL,
            source_line INTEGER NOT NULL,
            upvotes INTEGER,
            PRIMARY KEY (paper_id, source_file, source_line)
        );
        CREATE TABLE claims (
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
            extractor_version INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (paper_id, ordinal)
        );
        CREATE INDEX claims_kind ON claims(kind, factor);
        """ + Version2Additions;

    /// <summary>
    /// What version 2 adds to version 1 besides the two version columns. An appearance stays
    /// identified per paper by (source file, line), not by (file, line) alone: every entry of a
    /// one-line JSON response is read at line 1.
    /// </summary>
    public const string Version2Additions = """

        CREATE TABLE paper_keys (
            key TEXT PRIMARY KEY,
            paper_id TEXT NOT NULL REFERENCES papers(id) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE INDEX paper_keys_paper ON paper_keys(paper_id);
        """;
}
