using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class PointsImprovementRuleTests
{
    [Fact]
    public void Percentage_points_are_pp()
    {
        var claim = Extract.Single("The method improves accuracy by up to 15 percentage points.");

        Assert.Equal((ClaimKind.Improvement, 15.0, "pp", ClaimQualifier.UpTo), (claim.Kind, claim.Value, claim.Unit, claim.Qualifier));
    }

    [Fact]
    public void Perplexity_points_are_points()
    {
        var claim = Extract.Single("Aioli lowers loss by up to 12.012 test perplexity points.");

        Assert.Equal(("points", 12.012), (claim.Unit, claim.Value));
    }

    [Fact]
    public void A_signed_gain_on_a_rate_is_pp()
    {
        var claim = Extract.Single("Fine-tuning gives a +6.8 jump in win-rates on the benchmark.");

        Assert.Equal((ClaimKind.Improvement, "pp"), (claim.Kind, claim.Unit));
    }

    [Fact]
    public void Does_not_fire_on_a_negative_difference()
    {
        Assert.Empty(Extract.From("We observe mIoU differences of -0.73 pp for flood mapping."));
    }

    [Fact]
    public void Points_after_by_take_a_distant_improvement_verb()
    {
        var claim = Extract.Single("STRING dramatically improves the performance of the latest large-scale models, such as Llama3.1 70B and Qwen2 72B, by over 10 points on popular long-context benchmarks RULER and InfiniteBench.");

        Assert.Equal((ClaimKind.Improvement, 10.0, "pp", ClaimQualifier.AtLeast), (claim.Kind, claim.Value, claim.Unit, claim.Qualifier));
    }

    [Fact]
    public void Points_after_by_without_a_gain_are_no_claim()
    {
        Assert.Empty(Extract.From("The leaderboard ranks each of the submitted models, such as Llama3.1 70B and Qwen2 72B, by over 10 points of separation."));
    }

    [Fact]
    public void Points_after_by_belong_to_the_nearest_change_word()
    {
        Assert.Empty(Extract.From("While fine-tuning improves fluency, factual accuracy on the held-out domains of both model families drops by over 10 points."));
    }

    [Fact]
    public void A_decimal_higher_on_a_named_metric_is_a_points_gain()
    {
        var claims = Extract.From("Models fine-tuned with Waffle show up to 9.00 pp (percentage point) higher HTML match, 0.0982 higher CW-SSIM, 32.99 higher CLIP, and 27.12 pp higher LLEM on our new benchmark.");

        Assert.Equal([(9.0, "pp"), (0.0982, "points"), (32.99, "points"), (27.12, "pp")], claims.Select(c => (c.Value, c.Unit)));
    }

    [Fact]
    public void A_count_higher_in_a_named_structure_is_no_gain()
    {
        Assert.Empty(Extract.From("The probe attaches to layer 2 higher GPT layers, and 3 higher MLP blocks are frozen."));
    }

    [Theory]
    [InlineData("The quantized model lowers perplexity by 0.8 on WikiText-2 compared with GPTQ.", 0.8)]
    [InlineData("Back-translation improves BLEU by 1.2 on WMT14 En-De.", 1.2)]
    public void A_bare_change_of_an_unbounded_metric_is_in_points(string sentence, double value)
    {
        var claim = Extract.Single(sentence);

        Assert.Equal((ClaimKind.Improvement, value, "points"), (claim.Kind, claim.Value, claim.Unit));
    }

    [Fact]
    public void A_bare_number_after_by_with_no_metric_is_no_claim()
    {
        Assert.Empty(Extract.From("The loss weights are scaled by 0.8 after warm-up."));
    }

    [Theory]
    [InlineData("The memory lifts the small model by more than 9 points on average.")]
    [InlineData("Retrieval improves recall by an average of 4.2 points across tasks.")]
    [InlineData("It beats the dense model by nearly 3 points.")]
    public void Hedge_words_between_by_and_the_number_keep_it_a_gain_in_points(string sentence)
    {
        Assert.Equal(ClaimKind.Improvement, Extract.Single(sentence).Kind);
    }
}
