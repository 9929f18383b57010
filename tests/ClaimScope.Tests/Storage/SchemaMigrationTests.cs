using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Storage;
using ClaimScope.Tests.Cli;
using Microsoft.Data.Sqlite;
using static ClaimScope.Tests.Storage.StoreTestPapers;

namespace ClaimScope.Tests.Storage;

/// <summary>A database made by the first release (schema version 1) opens with today's code and is upgraded in place without loss.</summary>
public sealed class SchemaMigrationTests : DatabaseFolder
{
    private const string DriftedTitle = "Speculative Decoding with Big Little Decoder";
    private const string DriftedShort = "Our method achieves a 2.5x speedup in inference.";
    private const string DriftedLong = "We propose BiLD. Our method achieves a 2.5x speedup in inference without quality loss.";
    private const string PlainTitle = "A Survey of Vision-Language Models";

    /// <summary>What release 1 left behind: the same paper twice under two ids, a paper whose claims
    /// were read from another abstract than the one kept, and unknown upvotes stored as 0.</summary>
    private void CreateVersion1Database()
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        Execute(connection, SchemaVersion1.Create);
        var pageId = TitleKey.Id(Title);
        InsertPaper(connection, pageId, Title, PageAbstract, null, upvotes: 0);
        InsertAppearance(connection, pageId, "000.txt", 26, null);
        InsertClaim(connection, pageId, 0, FewerParameters(PageAbstract));
        InsertPaper(connection, "2406.09246", "OpenVLA: an open-source vision-language-action model", ApiAbstract, "2406.09246", upvotes: 31);
        InsertAppearance(connection, "2406.09246", "daily_papers_2024-06-14.json", 3, 31);
        InsertClaim(connection, "2406.09246", 0, FewerParameters(ApiAbstract));
        var driftedId = TitleKey.Id(DriftedTitle);
        InsertPaper(connection, driftedId, DriftedTitle, DriftedLong, null, upvotes: 4);
        InsertAppearance(connection, driftedId, "001.txt", 10, 4);
        InsertAppearance(connection, driftedId, "002.txt", 12, null);
        var shortSpeedup = DriftedShort.IndexOf("2.5x speedup", StringComparison.Ordinal);
        InsertClaim(connection, driftedId, 0, new Claim { Kind = ClaimKind.Speedup, Value = 2.5, Unit = "x", Text = "2.5x speedup", Start = shortSpeedup, End = shortSpeedup + 12 });
        InsertPaper(connection, TitleKey.Id(PlainTitle), PlainTitle, "We survey models.", null, upvotes: 0);
        InsertAppearance(connection, TitleKey.Id(PlainTitle), "003.txt", 1, null);
    }

    [Fact]
    public void A_version_1_database_is_upgraded_to_the_current_schema_in_wal_mode()
    {
        CreateVersion1Database();

        using (var store = ClaimStore.Open(DbPath))
        {
            Assert.Equal(1, store.UpgradedFrom);
        }

        Assert.Equal("2", Scalar("SELECT value FROM meta WHERE key = 'schema_version'"));
        Assert.Equal(2L, Scalar("PRAGMA user_version"));
        Assert.Equal("wal", Scalar("PRAGMA journal_mode"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM pragma_foreign_key_check"));
        using var reopened = ClaimStore.Open(DbPath);
        Assert.Null(reopened.UpgradedFrom);
    }

    [Fact]
    public void Upgrading_keeps_every_appearance_and_merges_a_paper_stored_twice_into_the_first()
    {
        CreateVersion1Database();

        using var store = ClaimStore.Open(DbPath);

        Assert.Equal((3, 5), (store.PaperCount, store.AppearanceCount));
        var openVla = store.ReadAll().Single(p => p.Paper.Title == Title);
        Assert.Equal(PageAbstract, openVla.Paper.Abstract);
        Assert.Equal("2406.09246", openVla.Paper.ArxivId);
        Assert.Equal(["000.txt", "daily_papers_2024-06-14.json"], openVla.Paper.Appearances.Select(a => a.Source.File).Order());
        Assert.Equal(FewerParameters(PageAbstract), Assert.Single(openVla.Claims));
    }

    [Fact]
    public void Upgrading_turns_upvotes_release_1_stored_as_0_back_into_unknown()
    {
        CreateVersion1Database();

        using var store = ClaimStore.Open(DbPath);

        var upvotes = store.ReadAll().ToDictionary(p => p.Paper.Title, p => p.Paper.Upvotes);
        Assert.Null(upvotes[PlainTitle]);
        Assert.Equal(31, upvotes[Title]);
        Assert.Equal(4, upvotes[DriftedTitle]);
    }

    [Fact]
    public void Upgrading_drops_claims_whose_span_no_longer_slices_their_abstract_and_reextract_restores_them()
    {
        CreateVersion1Database();

        using var store = ClaimStore.Open(DbPath);
        Assert.Empty(store.ReadAll().Single(p => p.Paper.Title == DriftedTitle).Claims);

        var result = store.Reextract(ClaimExtractor.CreateDefault(), ExtractorVersion.Current);

        Assert.Equal(3, result.Papers);
        var (paper, claims) = store.ReadAll().Single(p => p.Paper.Title == DriftedTitle);
        Assert.Contains(claims, c => c.Text.Contains("2.5x", StringComparison.Ordinal));
        Assert.All(claims, c => Assert.Equal(c.Text, paper.Abstract[c.Start..c.End]));
    }

    [Fact]
    public void A_version_1_database_reads_through_papers_db_and_upgrades_on_the_next_ingest()
    {
        CreateVersion1Database();

        var read = CliRun.Of("papers", "--db", DbPath, "--format", "csv");
        var ingest = CliRun.Of("ingest", SeedData.Feed("004_1c38a8b04bb44470.txt"), "--db", DbPath);

        Assert.Equal((0, 0), (read.ExitCode, ingest.ExitCode));
        Assert.Contains(PlainTitle, read.Out, StringComparison.Ordinal);
        Assert.Contains("upgraded", ingest.Error, StringComparison.Ordinal);
        Assert.Equal("2", Scalar("SELECT value FROM meta WHERE key = 'schema_version'"));
    }

    private object? Scalar(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void InsertPaper(SqliteConnection connection, string id, string title, string text, string? arxivId, int upvotes) =>
        Execute(connection, "INSERT INTO papers (id, title, abstract, arxiv_id, upvotes) VALUES ($1, $2, $3, $4, $5)", id, title, text, arxivId, upvotes);

    private static void InsertAppearance(SqliteConnection connection, string id, string file, int line, int? upvotes) =>
        Execute(connection, "INSERT INTO appearances (paper_id, source_file, source_line, upvotes) VALUES ($1, $2, $3, $4)", id, file, line, upvotes);

    private static void InsertClaim(SqliteConnection connection, string id, int ordinal, Claim c) =>
        Execute(connection, """
            INSERT INTO claims (paper_id, ordinal, kind, value, low, unit, qualifier, target, baseline, text, start, "end", factor)
            VALUES ($1, $2, $3, $4, NULL, $5, $6, $7, NULL, $8, $9, $10, $11)
            """, id, ordinal, c.Kind.ToWire(), c.Value, c.Unit, c.Qualifier.ToWire(), c.Target, c.Text, c.Start, c.End, c.Factor);

    private static void Execute(SqliteConnection connection, string sql, params object?[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"${i + 1}", values[i] ?? DBNull.Value);
        }

        command.ExecuteNonQuery();
    }
}
