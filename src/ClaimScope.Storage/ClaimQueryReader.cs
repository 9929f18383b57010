using ClaimScope.Core.Model;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Storage;

/// <summary>
/// Runs a <see cref="ClaimQuery"/> as one parameterised SQL statement over papers, appearances and
/// claims, streaming the matching claims with their papers. Target groups are a C# rule set (the
/// report's), so they reach SQL as a registered function instead of a copied table.
/// </summary>
internal sealed class ClaimQueryReader(SqliteConnection connection, Func<string, string>? targetGroup)
{
    private const string Columns = """
        p.id, p.title, p.abstract, p.arxiv_id, p.authors, p.author_count, p.org_slug, p.org_name, p.published, p.upvotes, p.code_url,
        c.kind, c.value, c.low, c.unit, c.qualifier, c.target, c.baseline, c.text, c.start, c."end"
        """;

    // The date a paper was last seen: its newest listing, or its publication when that is later.
    private const string LastSeen = """
        max(coalesce(p.published, ''), coalesce((SELECT max(a.listing_date) FROM appearances a WHERE a.paper_id = p.id), ''))
        """;

    public IEnumerable<PaperClaim> Read(ClaimQuery query)
    {
        using var command = connection.CreateCommand();
        var where = new ClaimQueryFilter(command, targetGroup is not null).Build(query);
        if (targetGroup is not null)
        {
            connection.CreateFunction("claimscope_target_group", (string? target) => targetGroup(target ?? ""), isDeterministic: true);
        }

        command.CommandText = $"""
            SELECT {Columns}, {LastSeen} AS last_seen
            FROM claims c JOIN papers p ON p.id = c.paper_id
            {where}
            ORDER BY {OrderBy(query.Sort)}, p.id, c.ordinal
            {(query.Limit is null ? "" : "LIMIT $limit")}
            """;
        if (query.Limit is { } limit)
        {
            command.Parameters.AddWithValue("$limit", limit);
        }

        using var appearances = connection.CreateCommand();
        appearances.CommandText = "SELECT listing_date, source_file, source_line, upvotes FROM appearances WHERE paper_id = $id ORDER BY rowid";
        var appearanceId = appearances.Parameters.Add(new SqliteParameter("$id", ""));

        Paper? paper = null;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            // Rows of one paper usually come together: its appearances are read once per run of rows.
            var id = reader.GetString(0);
            if (paper?.Id != id)
            {
                appearanceId.Value = id;
                paper = ClaimStoreReader.ReadPaper(reader, ClaimStoreReader.ReadAppearances(appearances));
            }

            yield return new PaperClaim(paper, ReadClaim(reader, 11));
        }
    }

    private static string OrderBy(ClaimQuerySort sort) => sort switch
    {
        ClaimQuerySort.Newest => "last_seen DESC",
        ClaimQuerySort.Oldest => "last_seen ASC",
        ClaimQuerySort.Factor => "c.factor DESC NULLS LAST",
        ClaimQuerySort.Value => "c.value DESC",
        ClaimQuerySort.Upvotes => "p.upvotes DESC NULLS LAST",
        _ => throw new ArgumentOutOfRangeException(nameof(sort)),
    };

    private static Claim ReadClaim(SqliteDataReader reader, int at)
    {
        ClaimVocabulary.TryParseKind(reader.GetString(at), out var kind);
        return new Claim
        {
            Kind = kind,
            Value = reader.GetDouble(at + 1),
            Low = reader.IsDBNull(at + 2) ? null : reader.GetDouble(at + 2),
            Unit = reader.GetString(at + 3),
            Qualifier = ClaimVocabulary.ParseQualifier(reader.GetString(at + 4)),
            Target = reader.GetString(at + 5),
            Baseline = Text(reader, at + 6),
            Text = reader.GetString(at + 7),
            Start = reader.GetInt32(at + 8),
            End = reader.GetInt32(at + 9),
        };
    }

    private static string? Text(SqliteDataReader reader, int i) => ClaimStoreReader.Text(reader, i);

    private static int? Int(SqliteDataReader reader, int i) => ClaimStoreReader.Int(reader, i);

    private static DateOnly? Date(string? text) => ClaimStoreReader.Date(text);
}
