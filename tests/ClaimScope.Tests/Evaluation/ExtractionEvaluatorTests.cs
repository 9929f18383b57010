using ClaimScope.Core.Evaluation;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Evaluation;

public class ExtractionEvaluatorTests
{
    private const string Abstract = "It runs up to 3.2x faster and reaches 85.3% accuracy with an FID of 2.1.";

    private static readonly Paper FastPaper = new()
    {
        Id = "t-1",
        Title = "Fast Paper",
        Abstract = Abstract,
        Appearances = [new PaperAppearance(null, new SourceLocation("a.txt", 1), null)],
    };

    [Fact]
    public void A_value_within_one_percent_of_the_same_kind_and_unit_matches()
    {
        var gold = Gold(new GoldClaim(ClaimKind.Speedup, 3.2, null, "x", ClaimQualifier.UpTo, "inference", "up to 3.2x faster"));

        var result = ExtractionEvaluator.Evaluate([FastPaper], gold, new Fixed(Predicted(ClaimKind.Speedup, 3.22, "x", ClaimQualifier.UpTo)));

        Assert.Equal((1, 0, 0), (result.Overall.TruePositives, result.Overall.FalsePositives, result.Overall.FalseNegatives));
        Assert.Equal(1.0, result.QualifierAccuracy);
    }

    [Fact]
    public void A_different_unit_or_a_value_two_percent_off_does_not_match()
    {
        var gold = Gold(new GoldClaim(ClaimKind.Speedup, 3.2, null, "x", ClaimQualifier.None, "inference", "3.2x faster"));

        var result = ExtractionEvaluator.Evaluate([FastPaper], gold,
            new Fixed(Predicted(ClaimKind.Speedup, 3.2, "%"), Predicted(ClaimKind.Speedup, 3.27, "x")));

        Assert.Equal((0, 2, 1), (result.Overall.TruePositives, result.Overall.FalsePositives, result.Overall.FalseNegatives));
        Assert.Equal("Fast Paper", result.FalseNegatives[0].Title);
    }

    [Fact]
    public void Metric_units_only_need_to_agree_on_being_a_percentage()
    {
        var gold = Gold(
            new GoldClaim(ClaimKind.Metric, 2.1, null, "FID", ClaimQualifier.None, "fid", "an FID of 2.1"),
            new GoldClaim(ClaimKind.Metric, 85.3, null, "%", ClaimQualifier.None, "accuracy", "85.3% accuracy"));

        var result = ExtractionEvaluator.Evaluate([FastPaper], gold,
            new Fixed(Predicted(ClaimKind.Metric, 2.1, "fid"), Predicted(ClaimKind.Metric, 85.3, "points")));

        Assert.Equal((1, 1, 1), (result.PerKind[(int)ClaimKind.Metric].TruePositives, result.Overall.FalsePositives, result.Overall.FalseNegatives));
    }

    [Fact]
    public void Each_gold_claim_matches_at_most_one_prediction()
    {
        var gold = Gold(new GoldClaim(ClaimKind.Speedup, 3.2, null, "x", ClaimQualifier.None, "inference", "3.2x faster"));

        var result = ExtractionEvaluator.Evaluate([FastPaper], gold,
            new Fixed(Predicted(ClaimKind.Speedup, 3.2, "x"), Predicted(ClaimKind.Speedup, 3.2, "x")));

        Assert.Equal((1, 1), (result.Overall.TruePositives, result.Overall.FalsePositives));
    }

    [Fact]
    public void Gold_papers_missing_from_the_inputs_are_listed_not_fatal()
    {
        var gold = new GoldSet([new GoldPaper("Fast Paper", []), new GoldPaper("Absent Paper", [])]);

        var result = ExtractionEvaluator.Evaluate([FastPaper], gold, new Fixed());

        Assert.Equal(["Absent Paper"], result.GoldPapersNotFound);
        Assert.Equal(1, result.PapersScored);
    }

    [Fact]
    public void Targets_agree_when_one_names_the_other_more_specifically()
    {
        Assert.True(TargetComparer.Agree("cost", "training cost"));
        Assert.True(TargetComparer.Agree("kv cache", "kv cache size"));
        Assert.False(TargetComparer.Agree("memory", "accuracy"));
    }

    [Fact]
    public void Strict_target_accuracy_needs_the_same_words_where_the_lenient_one_accepts_a_broader_name()
    {
        var gold = Gold(new GoldClaim(ClaimKind.Speedup, 3.2, null, "x", ClaimQualifier.UpTo, "inference latency", "up to 3.2x faster"));

        var result = ExtractionEvaluator.Evaluate([FastPaper], gold, new Fixed(Predicted(ClaimKind.Speedup, 3.2, "x", ClaimQualifier.UpTo)));

        Assert.Equal((1.0, 0.0), (result.TargetAccuracy, result.StrictTargetAccuracy));
    }

    [Fact]
    public void A_named_gold_baseline_counts_as_found_when_the_prediction_names_the_same_system()
    {
        var gold = Gold(
            new GoldClaim(ClaimKind.Speedup, 3.2, null, "x", ClaimQualifier.None, "inference", "3.2x faster", Baseline: "EAGLE-3"),
            new GoldClaim(ClaimKind.Metric, 85.3, null, "%", ClaimQualifier.None, "accuracy", "85.3% accuracy", Baseline: "vLLM"));

        var result = ExtractionEvaluator.Evaluate([FastPaper], gold, new Fixed(
            Predicted(ClaimKind.Speedup, 3.2, "x") with { Baseline = "EAGLE3" },
            Predicted(ClaimKind.Metric, 85.3, "%")));

        Assert.Equal((1, 2, 2), (result.NamedBaselinesFound, result.NamedBaselinesMatched, result.NamedBaselinesInGold));
        Assert.Equal(0.5, result.BaselineAccuracy);
    }

    [Fact]
    public void A_number_found_at_the_right_place_with_the_wrong_kind_is_counted_as_a_confusion()
    {
        var gold = Gold(new GoldClaim(ClaimKind.Speedup, 3.2, null, "x", ClaimQualifier.UpTo, "inference", "up to 3.2x faster"));

        var result = ExtractionEvaluator.Evaluate([FastPaper], gold, new Fixed(Predicted(ClaimKind.Reduction, 3.2, "x")));

        Assert.Equal(1, result.Confusion[(int)ClaimKind.Speedup, (int)ClaimKind.Reduction]);
        Assert.Equal(0, result.Confusion[(int)ClaimKind.Speedup, KindConfusion.None]);
        Assert.Equal(0, result.Confusion[KindConfusion.None, (int)ClaimKind.Reduction]);
        Assert.Equal(1, result.Confusion.WrongKind);
    }

    private static GoldSet Gold(params GoldClaim[] claims) => new([new GoldPaper("Fast Paper", claims)]);

    private static Claim Predicted(ClaimKind kind, double value, string unit, ClaimQualifier qualifier = ClaimQualifier.None) => new()
    {
        Kind = kind,
        Value = value,
        Unit = unit,
        Qualifier = qualifier,
        Target = "inference",
        Text = Abstract[..10],
        Start = 0,
        End = 10,
    };

    /// <summary>An extractor that returns the same claims for every abstract: the evaluator is what is under test.</summary>
    private sealed class Fixed(params Claim[] claims) : IClaimExtractor
    {
        public IReadOnlyList<Claim> Extract(string text) => claims;
    }
}
