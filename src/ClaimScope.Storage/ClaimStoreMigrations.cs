using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Storage;

/// <summary>
/// Forward migrations, run inside the opening write transaction so a database is upgraded whole
/// or not at all. Each step takes the schema from version n to n + 1 without losing a paper or an
/// appearance.
/// </summary>
internal static class ClaimStoreMigrations
{
    /// <summary>Upgrades a ClaimScope database from <paramref name="from"/> to the current schema.</summary>
    public static void Upgrade(SqliteConnection connection, SqliteTransaction transaction, int from)
    {
        if (from <= 1)
        {
            From1To2(connection, transaction);
        }

        SetVersion(connection, transaction);
    }

    /// <summary>Stamps a new or upgraded database with the current schema version.</summary>
    public static void SetVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        var version = ClaimStoreSchema.Version.ToString(CultureInfo.InvariantCulture);
        Execute(connection, transaction, $"""
            INSERT INTO meta (key, value) VALUES ('schema_version', '{version}')
                ON CONFLICT(key) DO UPDATE SET value = excluded.value;
            PRAGMA user_version = {version};
            PRAGMA application_id = {ClaimStoreSchema.ApplicationId.ToString(CultureInfo.InvariantCulture)};
            """);
    }

    /// <summary>
    /// Version 1 keyed papers by <c>arxiv_id ?? title hash</c>, so one paper could be stored twice;
    /// it replaced a paper's abstract by a longer one while its claims came from the latest record,
    /// so spans could point into another text; and it stored unknown upvotes as 0. Version 2 adds
    /// the key table and merges the duplicates (the first stored keeps its text), drops claims
    /// whose span no longer slices their abstract, recomputes upvotes from the appearances (where
    /// NULL was kept), and marks every claim as made by an unrecorded extractor (version 0) so
    /// <c>reextract</c> refreshes them.
    /// </summary>
    private static void From1To2(SqliteConnection connection, SqliteTransaction transaction)
    {
        Execute(connection, transaction, """
            ALTER TABLE papers ADD COLUMN claims_version INTEGER NOT NULL DEFAULT 0;
            ALTER TABLE claims ADD COLUMN extractor_version INTEGER NOT NULL DEFAULT 0;
            """ + ClaimStoreSchema.Version2Additions);

        var papers = new List<(string Id, string Title, string Abstract, string? ArxivId)>();
        using (var read = Command(connection, transaction, "SELECT id, title, abstract, arxiv_id FROM papers ORDER BY rowid"))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                papers.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        using var findKey = Command(connection, transaction, "SELECT paper_id FROM paper_keys WHERE key = $a", "$a");
        using var addKey = Command(connection, transaction, "INSERT OR IGNORE INTO paper_keys (key, paper_id) VALUES ($a, $b)", "$a", "$b");
        using var merge = Command(connection, transaction, """
            UPDATE papers SET
                arxiv_id = coalesce(arxiv_id, (SELECT arxiv_id FROM papers WHERE id = $b)),
                authors = coalesce(authors, (SELECT authors FROM papers WHERE id = $b)),
                author_count = coalesce(author_count, (SELECT author_count FROM papers WHERE id = $b)),
                org_slug = coalesce(org_slug, (SELECT org_slug FROM papers WHERE id = $b)),
                org_name = coalesce(org_name, (SELECT org_name FROM papers WHERE id = $b)),
                published = coalesce(published, (SELECT published FROM papers WHERE id = $b)),
                code_url = coalesce(code_url, (SELECT code_url FROM papers WHERE id = $b))
            WHERE id = $a;
            UPDATE OR IGNORE appearances SET paper_id = $a WHERE paper_id = $b;
            DELETE FROM appearances WHERE paper_id = $b;
            DELETE FROM claims WHERE paper_id = $b;
            DELETE FROM paper_keys WHERE paper_id = $b;
            DELETE FROM papers WHERE id = $b;
            """, "$a", "$b");
        foreach (var paper in papers)
        {
            var keys = StoredPaperKeys.Of(paper.Title, paper.ArxivId);
            var first = keys.Select(key => Lookup(findKey, key)).FirstOrDefault(id => id is not null);
            var owner = first ?? paper.Id;
            if (first is not null)
            {
                ClaimStoreWriter.Set(merge, first, paper.Id);
                merge.ExecuteNonQuery();
            }

            foreach (var key in keys)
            {
                ClaimStoreWriter.Set(addKey, key, owner);
                addKey.ExecuteNonQuery();
            }
        }

        DropDriftedClaims(connection, transaction);
        Execute(connection, transaction, "UPDATE papers SET upvotes = (SELECT max(upvotes) FROM appearances WHERE paper_id = papers.id);");
    }

    /// <summary>Deletes the claims of every paper with a claim whose span does not slice the stored abstract to its text.</summary>
    private static void DropDriftedClaims(SqliteConnection connection, SqliteTransaction transaction)
    {
        var drifted = new HashSet<string>(StringComparer.Ordinal);
        using (var read = Command(connection, transaction, """SELECT c.paper_id, p.abstract, c.start, c."end", c.text FROM claims c JOIN papers p ON p.id = c.paper_id"""))
        using (var reader = read.ExecuteReader())
        {
            while (reader.Read())
            {
                var text = reader.GetString(1);
                var (start, end) = (reader.GetInt32(2), reader.GetInt32(3));
                if (start < 0 || end < start || end > text.Length || !text.AsSpan(start, end - start).SequenceEqual(reader.GetString(4)))
                {
                    drifted.Add(reader.GetString(0));
                }
            }
        }

        using var delete = Command(connection, transaction, "DELETE FROM claims WHERE paper_id = $a", "$a");
        foreach (var id in drifted)
        {
            ClaimStoreWriter.Set(delete, id);
            delete.ExecuteNonQuery();
        }
    }

    private static string? Lookup(SqliteCommand findKey, string key)
    {
        findKey.Parameters[0].Value = key;
        return findKey.ExecuteScalar() as string;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = ClaimStoreWriter.Command(connection, sql, parameters);
        command.Transaction = transaction;
        return command;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }
}
