using System.Text.Json;
using System.Xml.Linq;
using ClaimScope.Tests.Cli;
using ClaimScope.Tests.Query;

namespace ClaimScope.Tests.Syndication;

public sealed class FeedCommandTests(QueryStoreFixture fixture) : IClassFixture<QueryStoreFixture>, IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void The_atom_feed_of_big_inference_speedups_is_valid_and_holds_only_matching_claims()
    {
        var path = Path.Combine(folder.Path, "claims.xml");

        var run = CliRun.Of("feed", "--db", fixture.DbPath, "--min-factor", "5", "--target", "inference", "--since", "2026-08-01", "--out", path);

        Assert.True(run.ExitCode == 0, run.Error);
        var document = XDocument.Load(path);
        AtomRules.Check(document);
        var entries = document.Root!.Elements(AtomRules.Atom + "entry").ToList();
        Assert.Contains(entries, e => e.Element(AtomRules.Atom + "title")!.Value.StartsWith("FlashPrefill V2", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Contains(e.Elements(AtomRules.Atom + "category"), c => (string?)c.Attribute("term") == "inference"));
        Assert.Contains($"wrote {entries.Count} entries to {path}", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_are_the_newest_papers_first()
    {
        var run = CliRun.Of("feed", "--db", fixture.DbPath, "--entries", "20");

        var updated = XDocument.Parse(run.Out).Root!.Elements(AtomRules.Atom + "entry")
            .Select(e => DateTimeOffset.Parse(e.Element(AtomRules.Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(20, updated.Count);
        Assert.Equal(updated.OrderDescending(), updated);
    }

    [Fact]
    public void The_json_format_writes_a_json_feed_whose_claims_match_the_filters()
    {
        var run = CliRun.Of("feed", "--db", fixture.DbPath, "--kind", "speedup", "--min-factor", "10", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var document = JsonDocument.Parse(run.Out);
        var claims = document.RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("_claimscope").GetProperty("claims").EnumerateArray()).ToList();
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.True(c.GetProperty("kind").GetString() == "speedup" && c.GetProperty("factor").GetDouble() >= 10));
    }

    [Fact]
    public void The_same_filters_give_the_same_feed_id_run_after_run()
    {
        var first = XDocument.Parse(CliRun.Of("feed", "--db", fixture.DbPath, "--min-factor", "5", "--since", "7d").Out);
        var second = XDocument.Parse(CliRun.Of("feed", "--db", fixture.DbPath, "--min-factor", "5", "--since", "7d").Out);

        Assert.Equal(first.Root!.Element(AtomRules.Atom + "id")!.Value, second.Root!.Element(AtomRules.Atom + "id")!.Value);
    }

    public void Dispose() => folder.Dispose();
}
