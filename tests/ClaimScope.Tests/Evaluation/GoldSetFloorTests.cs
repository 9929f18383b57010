using ClaimScope.Core.Evaluation;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Evaluation;

/// <summary>
/// A loose floor on the three gold sets, not a record of the reached scores (those live in the
/// output of <c>claimscope eval</c> and the README). The floor sits far below any recent run
/// (F1 0.75, where runs give 0.82 to 0.95), so it fails only when the pipeline is broken as a
/// whole (a rule family that stopped firing, sentences no longer split, papers no longer paired
/// with their gold), never on the loss of a few claims. The behaviours themselves are pinned by
/// the spec sentences of tests/ClaimScope.Tests/Extraction.
/// </summary>
public class GoldSetFloorTests
{
    private const double BrokenPipelineFloor = 0.75;

    [Theory]
    [InlineData("seeds.gold.jsonl", "data/feeds")]
    [InlineData("dev2.gold.jsonl", "data/gold/dev2.papers.json")]
    [InlineData("samples.gold.jsonl", "data/samples/hf_daily_papers_api/daily_papers_2024-10-25.json", "data/samples/hf_daily_papers_api/daily_papers_2026-08-21.json", "data/samples/arxiv_api_atom/2026_search_query-testing_max100.xml")]
    public void Every_gold_paper_is_scored_and_overall_F1_stays_above_the_broken_pipeline_floor(string goldFile, params string[] inputs)
    {
        var gold = GoldSet.Load(Path.Combine(SeedData.GoldFolder, goldFile), problem => Assert.Fail(problem.ToString()));
        IReadOnlyList<Paper> papers = SeedPapers.Read([.. inputs.Select(i => Path.Combine(SeedData.RepoRoot, i))]);

        var result = ExtractionEvaluator.Evaluate(papers, gold, ClaimExtractor.CreateDefault());

        Assert.Empty(result.GoldPapersNotFound);
        Assert.True(result.Overall.F1 >= BrokenPipelineFloor, $"{goldFile}: F1 {result.Overall.F1:0.000}");
    }
}
