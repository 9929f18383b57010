using ClaimScope.Core.Evaluation;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Evaluation;

public sealed class GoldSetTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"gold-{Guid.NewGuid():N}.gold.jsonl");

    public void Dispose() => File.Delete(path);

    [Fact]
    public void Loads_the_seed_gold_file_without_problems()
    {
        var problems = new List<FeedProblem>();

        var gold = GoldSet.Load(SeedData.GoldFile, problems.Add);

        Assert.Empty(problems);
        Assert.Equal(316, gold.Papers.Count);
        Assert.Equal(466, gold.ClaimCount);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line_and_skipped()
    {
        File.WriteAllLines(path,
        [
            """{"title": "Fast Paper", "claims": [{"kind": "speedup", "value": 3.2, "low": null, "unit": "x", "qualifier": "up to", "target": "inference", "text": "up to 3.2x faster"}]}""",
            """{"title": "Broken", "claims": [""",
            """{"title": "Odd Kind", "claims": [{"kind": "slowdown", "value": 2, "unit": "x"}]}""",
        ]);
        var problems = new List<FeedProblem>();

        var gold = GoldSet.Load(path, problems.Add);

        var paper = Assert.Single(gold.Papers);
        Assert.Equal((ClaimKind.Speedup, 3.2, ClaimQualifier.UpTo), (paper.Claims[0].Kind, paper.Claims[0].Value, paper.Claims[0].Qualifier));
        Assert.Equal([2, 3], problems.Select(p => p.Location.Line));
        Assert.All(problems, p => Assert.Equal(path, p.Location.File));
        Assert.All(problems, p => Assert.DoesNotContain('\n', p.Message));
    }

    [Fact]
    public void Finds_a_paper_by_its_normalised_title()
    {
        File.WriteAllText(path, """{"title": "Fast Attention: A Study", "claims": []}""");

        var gold = GoldSet.Load(path, _ => { });

        Assert.NotNull(gold.Find("fast attention -- a study"));
    }
}
