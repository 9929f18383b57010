using ClaimScope.Core.Evaluation;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Evaluation;

/// <summary>
/// The extractor's standing on the seed gold, held at the project targets (all reached:
/// F1 0.923, precision 0.936, speedup F1 0.938, reduction F1 0.934, qualifier 0.969, target 0.814).
/// </summary>
public class SeedGoldScoreTests
{
    [Fact]
    public void Seed_gold_scores_meet_the_targets()
    {
        var gold = GoldSet.Load(SeedData.GoldFile, problem => Assert.Fail(problem.ToString()));

        var result = ExtractionEvaluator.Evaluate(SeedPapers.All, gold, ClaimExtractor.CreateDefault());

        Assert.Empty(result.GoldPapersNotFound);
        Assert.InRange(result.Overall.F1, 0.90, 1.0);
        Assert.InRange(result.Overall.Precision, 0.92, 1.0);
        Assert.InRange(result.PerKind[(int)ClaimKind.Speedup].F1, 0.93, 1.0);
        Assert.InRange(result.PerKind[(int)ClaimKind.Reduction].F1, 0.93, 1.0);
        Assert.InRange(result.QualifierAccuracy, 0.95, 1.0);
        Assert.InRange(result.TargetAccuracy, 0.80, 1.0);
    }
}
