using System.Globalization;
using ClaimScope.Core.Model;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Storage;

/// <summary>Writes one batch inside a transaction with prepared commands reused across papers.</summary>
internal sealed class ClaimStoreWriter
{
    private readonly SqliteCommand exists;
    private readonly SqliteCommand upsertPaper;
    private readonly SqliteCommand addAppearance;
    private readonly SqliteCommand deleteClaims;
    private readonly SqliteCommand addClaim;

    public ClaimStoreWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        exists = Command(connection, transaction, "SELECT 1 FROM papers WHERE id = $id", "$id");
        upsertPaper = Command(connection, transaction, """
            INSERT INTO papers (id, title, abstract, arxiv_id, authors, author_count, org_slug, org_name, published, upvotes, code_url)
            VALUES ($id, $title, $abstract, $arxiv, $authors, $count, $slug, $org, $published, $upvotes, $code)
            ON CONFLICT(id) DO UPDATE SET
                abstract = CASE WHEN length(excluded.abstract) > length(abstract) THEN excluded.abstract ELSE abstract END,
                arxiv_id = coalesce(arxiv_id, excluded.arxiv_id),
                authors = coalesce(authors, excluded.authors),
                author_count = coalesce(author_count, excluded.author_count),
                org_slug = coalesce(org_slug, excluded.org_slug),
                org_name = coalesce(org_name, excluded.org_name),
                published = coalesce(published, excluded.published),
                upvotes = max(coalesce(upvotes, 0), coalesce(excluded.upvotes, 0)),
                code_url = coalesce(code_url, excluded.code_url)
            """, "$id", "$title", "$abstract", "$arxiv", "$authors", "$count", "$slug", "$org", "$published", "$upvotes", "$code");
        addAppearance = Command(connection, transaction, """
            INSERT OR IGNORE INTO appearances (paper_id, listing_date, source_file, source_line, upvotes)
            VALUES ($id, $date, $file, $line, $upvotes)
            """, "$id", "$date", "$file", "$line", "$upvotes");
        deleteClaims = Command(connection, transaction, "DELETE FROM claims WHERE paper_id = $id", "$id");
        addClaim = Command(connection, transaction, """
            INSERT INTO claims (paper_id, ordinal, kind, value, low, unit, qualifier, target, baseline, text, start, "end", factor)
            VALUES ($id, $ordinal, $kind, $value, $low, $unit, $qualifier, $target, $baseline, $text, $start, $end, $factor)
            """, "$id", "$ordinal", "$kind", "$value", "$low", "$unit", "$qualifier", "$target", "$baseline", "$text", "$start", "$end", "$factor");
    }

    /// <summary>Writes a paper, its appearances and its claims; true when the paper is new.</summary>
    public bool Write(Paper paper, IReadOnlyList<Claim> claims)
    {
        exists.Parameters["$id"].Value = paper.Id;
        var isNew = exists.ExecuteScalar() is null;

        Set(upsertPaper, ("$id", paper.Id), ("$title", paper.Title), ("$abstract", paper.Abstract), ("$arxiv", paper.ArxivId),
            ("$authors", paper.Authors.Count > 0 ? string.Join('\n', paper.Authors) : null), ("$count", paper.AuthorCount),
            ("$slug", paper.Organisation?.Slug), ("$org", paper.Organisation?.Name), ("$published", Date(paper.Published)),
            ("$upvotes", paper.Upvotes), ("$code", paper.CodeUrl));
        upsertPaper.ExecuteNonQuery();

        foreach (var appearance in paper.Appearances)
        {
            Set(addAppearance, ("$id", paper.Id), ("$date", Date(appearance.ListingDate)), ("$file", appearance.Source.File),
                ("$line", appearance.Source.Line), ("$upvotes", appearance.Upvotes));
            addAppearance.ExecuteNonQuery();
        }

        // Claims are derived data: the newest extraction of a paper replaces the old one whole.
        deleteClaims.Parameters["$id"].Value = paper.Id;
        deleteClaims.ExecuteNonQuery();
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            Set(addClaim, ("$id", paper.Id), ("$ordinal", i), ("$kind", c.Kind.ToWire()), ("$value", c.Value), ("$low", c.Low),
                ("$unit", c.Unit), ("$qualifier", c.Qualifier.ToWire()), ("$target", c.Target), ("$baseline", c.Baseline),
                ("$text", c.Text), ("$start", c.Start), ("$end", c.End), ("$factor", c.Factor));
            addClaim.ExecuteNonQuery();
        }

        return isNew;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Set(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            command.Parameters[name].Value = value ?? DBNull.Value;
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        return command;
    }
}
