using System.Globalization;
using ClaimScope.Core.Model;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Storage;

/// <summary>
/// Writes papers by the merge policy (MERGE_POLICY.md) with prepared commands reused for the life
/// of the store. The store enforces the policy itself, so it is right in whatever order, and with
/// whatever duplication, records arrive: a paper is found by any of its keys; the first stored
/// record keeps its title, abstract and the claims read from that abstract; later records add
/// appearances and fill what is still unknown; unknown upvotes stay NULL.
/// </summary>
internal sealed class ClaimStoreWriter : IDisposable
{
    private readonly SqliteCommand findKey;
    private readonly SqliteCommand insertPaper;
    private readonly SqliteCommand fillPaper;
    private readonly SqliteCommand addKey;
    private readonly SqliteCommand addAppearance;
    private readonly SqliteCommand addClaim;
    private readonly SqliteCommand[] all;

    public ClaimStoreWriter(SqliteConnection connection)
    {
        // One lookup for both keys; the arXiv key ($first) wins when the two point at different papers.
        findKey = Command(connection, "SELECT paper_id FROM paper_keys WHERE key IN ($first, $second) ORDER BY key = $first DESC LIMIT 1", "$first", "$second");
        insertPaper = Command(connection, """
            INSERT INTO papers (id, title, abstract, arxiv_id, authors, author_count, org_slug, org_name, published, upvotes, code_url, claims_version)
            VALUES ($id, $title, $abstract, $arxiv, $authors, $count, $slug, $org, $published, $upvotes, $code, $version)
            ON CONFLICT(id) DO NOTHING
            """, "$id", "$title", "$abstract", "$arxiv", "$authors", "$count", "$slug", "$org", "$published", "$upvotes", "$code", "$version");
        fillPaper = Command(connection, """
            UPDATE papers SET
                arxiv_id = coalesce(arxiv_id, $arxiv),
                authors = coalesce(authors, $authors),
                author_count = coalesce(author_count, $count),
                org_slug = coalesce(org_slug, $slug),
                org_name = coalesce(org_name, $org),
                published = coalesce(published, $published),
                upvotes = max(coalesce(upvotes, $upvotes), coalesce($upvotes, upvotes)),
                code_url = coalesce(code_url, $code)
            WHERE id = $id
            """, "$id", "$arxiv", "$authors", "$count", "$slug", "$org", "$published", "$upvotes", "$code");
        // A paper known by its title only binds NULL as the second key: OR IGNORE skips that row.
        addKey = Command(connection, "INSERT OR IGNORE INTO paper_keys (key, paper_id) VALUES ($first, $id), ($second, $id)", "$first", "$second", "$id");
        addAppearance = Command(connection, """
            INSERT OR IGNORE INTO appearances (paper_id, listing_date, source_file, source_line, upvotes)
            VALUES ($id, $date, $file, $line, $upvotes)
            """, "$id", "$date", "$file", "$line", "$upvotes");
        addClaim = Command(connection, """
            INSERT INTO claims (paper_id, ordinal, kind, value, low, unit, qualifier, target, baseline, text, start, "end", factor, extractor_version)
            VALUES ($id, $ordinal, $kind, $value, $low, $unit, $qualifier, $target, $baseline, $text, $start, $end, $factor, $version)
            """, "$id", "$ordinal", "$kind", "$value", "$low", "$unit", "$qualifier", "$target", "$baseline", "$text", "$start", "$end", "$factor", "$version");
        all = [findKey, insertPaper, fillPaper, addKey, addAppearance, addClaim];
    }

    /// <summary>Binds every command to the batch's transaction (SQLite keeps them prepared across batches).</summary>
    public void Begin(SqliteTransaction transaction)
    {
        foreach (var command in all)
        {
            command.Transaction = transaction;
        }
    }

    /// <summary>Writes a paper (or merges it into the stored one); true when the paper is new.</summary>
    public bool Write(Paper paper, IReadOnlyList<Claim> claims, int extractorVersion)
    {
        var keys = StoredPaperKeys.Of(paper);
        var upvotes = MaxKnown(paper);
        var (first, second) = (keys[0], keys.Count > 1 ? keys[1] : null);
        Set(findKey, first, second);
        var stored = findKey.ExecuteScalar() as string;
        var id = stored ?? paper.Id;
        if (stored is null)
        {
            id = InsertPaper(paper, upvotes, extractorVersion);
            AddClaims(id, claims, extractorVersion);
        }
        else
        {
            // Seen before: the stored text and claims stay; only the unknown is filled in.
            Set(fillPaper, id, paper.ArxivId, Authors(paper), paper.AuthorCount, paper.Organisation?.Slug, paper.Organisation?.Name,
                Date(paper.Published), upvotes, paper.CodeUrl);
            fillPaper.ExecuteNonQuery();
        }

        Set(addKey, first, second, id);
        addKey.ExecuteNonQuery();

        foreach (var appearance in paper.Appearances)
        {
            Set(addAppearance, id, Date(appearance.ListingDate), appearance.Source.File, appearance.Source.Line, appearance.Upvotes);
            addAppearance.ExecuteNonQuery();
        }

        return stored is null;
    }

    /// <summary>Adds the claims of a paper whose previous claims (if any) were deleted.</summary>
    public void AddClaims(string id, IReadOnlyList<Claim> claims, int extractorVersion)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            var c = claims[i];
            Set(addClaim, id, i, c.Kind.ToWire(), c.Value, c.Low, c.Unit, c.Qualifier.ToWire(), c.Target, c.Baseline,
                c.Text, c.Start, c.End, c.Factor, extractorVersion);
            addClaim.ExecuteNonQuery();
        }
    }

    /// <summary>Inserts a new paper under its own id, or a suffixed one when a different paper already holds it (a title-hash collision).</summary>
    private string InsertPaper(Paper paper, int? upvotes, int extractorVersion)
    {
        var id = paper.Id;
        for (var n = 2; ; n++)
        {
            Set(insertPaper, id, paper.Title, paper.Abstract, paper.ArxivId, Authors(paper), paper.AuthorCount, paper.Organisation?.Slug,
                paper.Organisation?.Name, Date(paper.Published), upvotes, paper.CodeUrl, extractorVersion);
            if (insertPaper.ExecuteNonQuery() == 1)
            {
                return id;
            }

            id = paper.Id + "-" + n.ToString(CultureInfo.InvariantCulture);
        }
    }

    public void Dispose()
    {
        foreach (var command in all)
        {
            command.Dispose();
        }
    }

    private static int? MaxKnown(Paper paper)
    {
        var max = paper.Upvotes;
        foreach (var appearance in paper.Appearances)
        {
            if (appearance.Upvotes is { } u && (max is null || u > max))
            {
                max = u;
            }
        }

        return max;
    }

    private static string? Authors(Paper paper) => paper.Authors.Count > 0 ? string.Join('\n', paper.Authors) : null;

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Binds values to the command's parameters in the order they were declared (no name lookups on the hot path).</summary>
    internal static void Set(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    internal static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        return command;
    }
}
