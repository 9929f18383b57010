using ClaimScope.Core.Evaluation;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Evaluation;

/// <summary>
/// The extractor's standing on the held-out gold of the sample feeds (data/gold/samples.gold.jsonl:
/// 82 papers from the Hugging Face JSON API and the arXiv API, 49 claims, one developer's reading
/// made blind to the extractor). Reached after the generalisation fixes: overall F1 0.946,
/// precision 1.000, metric F1 0.882, qualifier 1.000, target 0.545. The thresholds sit a little
/// below that, about one or two claims of slack on 49, so a change that loses held-out ground
/// fails here even when the seed test still passes.
/// </summary>
public class SampleGoldScoreTests
{
    private static readonly string[] Inputs =
    [
        Path.Combine("data", "samples", "hf_daily_papers_api", "daily_papers_2024-10-25.json"),
        Path.Combine("data", "samples", "hf_daily_papers_api", "daily_papers_2026-08-21.json"),
        Path.Combine("data", "samples", "arxiv_api_atom", "2026_search_query-testing_max100.xml"),
    ];

    [Fact]
    public void Held_out_sample_scores_stay_at_the_reached_level()
    {
        var gold = GoldSet.Load(Path.Combine(SeedData.RepoRoot, "data", "gold", "samples.gold.jsonl"), problem => Assert.Fail(problem.ToString()));

        var result = ExtractionEvaluator.Evaluate(LoadPapers(), gold, ClaimExtractor.CreateDefault());

        Assert.Empty(result.GoldPapersNotFound);
        Assert.InRange(result.Overall.F1, 0.92, 1.0);
        Assert.InRange(result.Overall.Precision, 0.95, 1.0);
        Assert.InRange(result.PerKind[(int)ClaimKind.Metric].F1, 0.84, 1.0);
        Assert.InRange(result.QualifierAccuracy, 0.95, 1.0);
        Assert.InRange(result.TargetAccuracy, 0.50, 1.0);
    }

    private static IReadOnlyList<Paper> LoadPapers() => SeedPapers.Read([.. Inputs.Select(i => Path.Combine(SeedData.RepoRoot, i))]);
}
