using System.Globalization;
using ClaimScope.Core.Model;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Storage;

/// <summary>Reads papers with their claims back, streaming paper by paper (point lookups on the keys).</summary>
internal sealed class ClaimStoreReader(SqliteConnection connection)
{
    private const string ClaimsOfPaper = """SELECT kind, value, low, unit, qualifier, target, baseline, text, start, "end" FROM claims WHERE paper_id = $id ORDER BY ordinal""";

    public IEnumerable<(Paper Paper, IReadOnlyList<Claim> Claims)> ReadAll()
    {
        using var papers = connection.CreateCommand();
        papers.CommandText = "SELECT id, title, abstract, arxiv_id, authors, author_count, org_slug, org_name, published, upvotes, code_url FROM papers ORDER BY id";
        using var claims = connection.CreateCommand();
        claims.CommandText = ClaimsOfPaper;
        var id = claims.Parameters.Add(new SqliteParameter("$id", ""));
        using var appearances = connection.CreateCommand();
        appearances.CommandText = "SELECT listing_date, source_file, source_line, upvotes FROM appearances WHERE paper_id = $id ORDER BY rowid";
        var appearanceId = appearances.Parameters.Add(new SqliteParameter("$id", ""));
        using var reader = papers.ExecuteReader();
        while (reader.Read())
        {
            var paperId = reader.GetString(0);
            appearanceId.Value = paperId;
            var seen = ReadAppearances(appearances);
            var paper = ReadPaper(reader, seen);
            id.Value = paperId;
            yield return (paper, ReadClaims(claims));
        }
    }

    /// <summary>The stored claims of one paper, in order.</summary>
    public IReadOnlyList<Claim> ReadClaims(string paperId, SqliteTransaction? transaction = null)
    {
        using var claims = connection.CreateCommand();
        claims.Transaction = transaction;
        claims.CommandText = ClaimsOfPaper;
        claims.Parameters.Add(new SqliteParameter("$id", paperId));
        return ReadClaims(claims);
    }

    /// <summary>A paper from a row whose first eleven columns are those of <c>papers</c> in schema order.</summary>
    internal static Paper ReadPaper(SqliteDataReader reader, List<PaperAppearance> seen) => new()
    {
        Id = reader.GetString(0),
        Title = reader.GetString(1),
        Abstract = reader.GetString(2),
        ArxivId = Text(reader, 3),
        Authors = Text(reader, 4)?.Split('\n') ?? [],
        AuthorCount = Int(reader, 5),
        Organisation = Text(reader, 6) is { } slug ? new Organisation(slug, Text(reader, 7) ?? slug) : null,
        Published = Date(Text(reader, 8)),
        Upvotes = Int(reader, 9),
        CodeUrl = Text(reader, 10),
        Appearances = seen.Count > 0 ? seen : [new PaperAppearance(null, new SourceLocation("", 0), null)],
    };

    private static List<Claim> ReadClaims(SqliteCommand command)
    {
        var list = new List<Claim>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ClaimVocabulary.TryParseKind(reader.GetString(0), out var kind);
            list.Add(new Claim
            {
                Kind = kind,
                Value = reader.GetDouble(1),
                Low = reader.IsDBNull(2) ? null : reader.GetDouble(2),
                Unit = reader.GetString(3),
                Qualifier = ClaimVocabulary.ParseQualifier(reader.GetString(4)),
                Target = reader.GetString(5),
                Baseline = Text(reader, 6),
                Text = reader.GetString(7),
                Start = reader.GetInt32(8),
                End = reader.GetInt32(9),
            });
        }

        return list;
    }

    internal static List<PaperAppearance> ReadAppearances(SqliteCommand command)
    {
        var list = new List<PaperAppearance>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            list.Add(new PaperAppearance(Date(Text(reader, 0)), new SourceLocation(reader.GetString(1), reader.GetInt32(2)), Int(reader, 3)));
        }

        return list;
    }

    internal static string? Text(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    internal static int? Int(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetInt32(i);

    internal static DateOnly? Date(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
