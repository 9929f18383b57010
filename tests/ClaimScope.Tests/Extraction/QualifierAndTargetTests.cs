using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class QualifierAndTargetTests
{
    [Theory]
    [InlineData("It speeds up pre-training by sim3x.", ClaimQualifier.About)]
    [InlineData("It cuts memory usage by ~20%.", ClaimQualifier.About)]
    [InlineData("It speeds up the baselines by over 8x.", ClaimQualifier.AtLeast)]
    [InlineData("Memory consumption can be reduced by more than 10x.", ClaimQualifier.AtLeast)]
    [InlineData("It reduces data transfer time by 47.1% on average.", ClaimQualifier.Average)]
    [InlineData("It outperforms existing methods at least by 28% in accuracy.", ClaimQualifier.AtLeast)]
    [InlineData("It saves $100K+ in cost reduction.", ClaimQualifier.AtLeast)]
    public void Reads_the_hedge_around_a_number(string sentence, ClaimQualifier qualifier)
    {
        Assert.Equal(qualifier, Extract.Single(sentence).Qualifier);
    }

    [Fact]
    public void A_qualifier_that_opens_a_list_applies_to_every_item()
    {
        var claims = Extract.From("Fine-tuning improves up to 6.9, 8.3 and 6.2 pp on MMLU, GSM8K and HumanEval.");

        Assert.Equal([6.9, 8.3, 6.2], claims.Select(c => c.Value));
        Assert.All(claims, c => Assert.Equal(ClaimQualifier.UpTo, c.Qualifier));
    }

    [Theory]
    [InlineData("It runs ${\\sim}3\\times$ faster in decoding.")]
    [InlineData("We reduce memory by ${\\sim}40\\%$ at the same accuracy.")]
    public void Reads_a_hedge_inside_latex_braces(string sentence)
    {
        Assert.Equal(ClaimQualifier.About, Extract.Single(sentence).Qualifier);
    }

    [Fact]
    public void A_qualifier_opens_a_list_whose_first_item_has_a_bracketed_gloss()
    {
        var claims = Extract.From("Models fine-tuned with Waffle show up to 9.00 pp (percentage point) higher HTML match, 0.0982 higher CW-SSIM, 32.99 higher CLIP, and 27.12 pp higher LLEM on our new benchmark.");

        Assert.All(claims, c => Assert.Equal(ClaimQualifier.UpTo, c.Qualifier));
    }

    [Theory]
    [InlineData("The method halves the KV cache.", "kv cache")]
    [InlineData("It achieves a 3.2times inference speedup.", "inference")]
    [InlineData("It reduces peak memory by up to 53%.", "peak memory")]
    [InlineData("It decreases the communication cost by around 70%.", "communication cost")]
    public void Names_the_target_from_the_words_the_cue_governs(string sentence, string target)
    {
        Assert.Equal(target, Extract.Single(sentence).Target);
    }

    [Theory]
    [InlineData("Compared with RPG, Repo0 improves Pass Rate by up to 29.74 percentage points.", "pass rate")]
    [InlineData("Our approach outperforms the coverage-based approach on defect detection rate (96.01% vs. 55.68%).", "detection rate")]
    [InlineData("WithEveryone improves face similarity from 0.462 for GPT-Image-2 to 0.499.", "similarity")]
    public void Names_a_metric_by_its_head_and_modifier(string sentence, string target)
    {
        Assert.Equal(target, Extract.Single(sentence).Target);
    }

    [Fact]
    public void A_topic_after_and_belongs_to_the_next_item()
    {
        var claims = Extract.From("Repo0 improves Functionality Coverage by up to 20.08 percentage points and Pass Rate by up to 29.74 percentage points.");

        Assert.Equal(["coverage", "pass rate"], claims.Select(c => c.Target));
    }

    [Fact]
    public void A_list_shares_the_topic_after_its_last_item()
    {
        var claims = Extract.From("We show that SliceGPT can remove up to 25% of the model parameters (including embeddings) for LLAMA2-70B, OPT 66B and Phi-2 models while maintaining 99%, 99% and 90% zero-shot task performance of the dense model respectively.");

        // The item just before "and" reads on past it to the list's shared topic.
        Assert.Equal("performance", claims.Single(c => c.Text.EndsWith("99%, 99%", StringComparison.Ordinal)).Target);
    }

    [Fact]
    public void A_speedup_is_never_about_a_named_metric()
    {
        var claim = Extract.Single("The sampler runs 3x faster at the same acceptance rate.");

        Assert.NotEqual("acceptance rate", claim.Target);
    }

    [Fact]
    public void A_gain_higher_on_a_named_metric_is_about_that_metric()
    {
        var claims = Extract.From("Models fine-tuned with Waffle show 0.0982 higher CW-SSIM, 32.99 higher CLIP, and 27.12 pp higher LLEM on our new benchmark.");

        Assert.Equal(["cw-ssim", "clip", "llem"], claims.Select(c => c.Target));
    }

    [Fact]
    public void Each_gain_in_a_list_names_its_own_metric_after_in()
    {
        var claims = Extract.From("IAR improves over Vanilla SFT, with average gains of 3.6 percentage points in domain QA accuracy and 12.1 percentage points in mean general performance.");

        Assert.Equal(["accuracy", "performance"], claims.Select(c => c.Target));
    }

    [Fact]
    public void A_maximum_margin_is_up_to_and_its_list_shares_it()
    {
        var claims = Extract.From("InfFeed outperforms the state-of-the-art baselines by a maximum macro F1-score margin of almost 4% for hate speech classification, 3.5% for stance classification, and 3% for irony and 2% for sarcasm detection.");

        Assert.Equal([4.0, 3.5, 3.0, 2.0], claims.Select(c => c.Value));
        Assert.All(claims, c => Assert.Equal((ClaimKind.Improvement, ClaimQualifier.UpTo, "f1"), (c.Kind, c.Qualifier, c.Target)));
    }

    [Fact]
    public void A_maximum_that_names_a_setting_is_no_hedge()
    {
        var claim = Extract.Single("At a maximum sequence length, the method reduces memory by about 30%.");

        Assert.Equal(ClaimQualifier.About, claim.Qualifier);
    }

    [Fact]
    public void A_list_item_with_a_topic_of_its_own_keeps_it()
    {
        var claims = Extract.From("It reduces memory by 40%, latency by 25% and energy by 30% on edge devices.");

        Assert.Equal(["memory", "latency", "energy"], claims.Select(c => c.Target));
    }

    [Fact]
    public void Converging_faster_is_about_training()
    {
        var claim = Extract.Single("Our approach converges 3x faster than Adam.");

        Assert.Equal(("training", "Adam"), (claim.Target, claim.Baseline));
    }
}
