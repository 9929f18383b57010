using System.Globalization;
using System.Text.Json;
using ClaimScope.Core.Extraction;
using ClaimScope.Storage;
using ClaimScope.Tests.Cli;

namespace ClaimScope.Tests.Storage;

/// <summary>
/// The store's two invariants over a database built by <c>ingest</c> from every format in data/
/// (the seed pages, every sample file) plus the same seed papers as a Hugging Face JSON API
/// listing with revised abstracts: each paper is stored once, and every stored span slices the
/// stored abstract to the stored evidence text.
/// </summary>
public sealed class StoreInvariantTests : DatabaseFolder
{
    private static readonly string SamplesFolder = Path.Combine(SeedData.RepoRoot, "data", "samples");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_database_built_from_every_format_holds_each_paper_once_with_every_span_valid(bool jsonFirst)
    {
        var json = WriteSeedPapersAsJsonApi(5);
        string[][] runs = jsonFirst ? [[json], [SeedData.FeedsFolder, SamplesFolder]] : [[SeedData.FeedsFolder, SamplesFolder], [json]];
        foreach (var inputs in runs)
        {
            Assert.NotEqual(3, CliRun.Of(["ingest", .. inputs, "--db", DbPath]).ExitCode);
        }

        using var store = ClaimStore.Open(DbPath, new ClaimStoreOptions { ReadOnly = true });
        var stored = store.ReadAll().ToList();
        var keys = stored.SelectMany(p => StoredPaperKeys.Of(p.Paper)).ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(SeedPapers.Read(SeedData.FeedsFolder, SamplesFolder, json).Count, stored.Count);
        var claims = stored.SelectMany(p => p.Claims.Select(c => (p.Paper.Abstract, Claim: c))).ToList();
        Assert.True(claims.Count > 300, $"only {claims.Count} claims");
        Assert.All(claims, c => Assert.Equal(c.Claim.Text, c.Abstract.Substring(c.Claim.Start, c.Claim.End - c.Claim.Start)));
    }

    [Fact]
    public void A_seed_paper_also_listed_by_the_json_api_is_one_paper_with_both_appearances_and_the_first_abstract()
    {
        var json = WriteSeedPapersAsJsonApi(5);

        CliRun.Of("ingest", SeedData.FeedsFolder, "--db", DbPath);
        CliRun.Of("ingest", json, "--db", DbPath);

        using var store = ClaimStore.Open(DbPath, new ClaimStoreOptions { ReadOnly = true });
        var seeds = SeedPapers.All.Where(p => p.ArxivId is null).Take(5).ToDictionary(p => p.Title, StringComparer.Ordinal);
        var merged = store.ReadAll().Where(p => seeds.ContainsKey(p.Paper.Title)).ToList();
        Assert.Equal(5, merged.Count);
        Assert.All(merged, p =>
        {
            Assert.Equal(seeds[p.Paper.Title].Abstract, p.Paper.Abstract);
            Assert.Contains(p.Paper.Appearances, a => a.Source.File == json);
            Assert.StartsWith("2999.", p.Paper.ArxivId, StringComparison.Ordinal);
            Assert.Equal(ClaimExtractor.CreateDefault().Extract(p.Paper.Abstract), p.Claims);
        });
    }

    /// <summary>The first seed papers without an arXiv id as a Daily Papers JSON API listing: ids added, each abstract revised (a sentence put in front, which shifts every span).</summary>
    private string WriteSeedPapersAsJsonApi(int count)
    {
        var entries = SeedPapers.All.Where(p => p.ArxivId is null).Take(count).Select((p, i) => new
        {
            paper = new
            {
                id = string.Create(CultureInfo.InvariantCulture, $"2999.{i + 1:D5}"),
                title = p.Title,
                summary = "In this revised version we restate the results. " + p.Abstract,
                upvotes = 7 + i,
                publishedAt = "2024-06-13T00:00:00.000Z",
                authors = new[] { new { name = "A. Author" } },
            },
            publishedAt = "2024-06-14T00:00:00.000Z",
            title = p.Title,
        });
        var path = Path.Combine(Folder, "daily_papers_2024-06-14.json");
        File.WriteAllText(path, JsonSerializer.Serialize(entries));
        return path;
    }
}
