using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

/// <summary>Claims in phrasings the seed abstracts use rarely, so the rules are held to the guideline, not the seeds.</summary>
public class PhrasingTests
{
    [Theory]
    [InlineData("FooNet is 3.5× faster than BarNet.", ClaimKind.Speedup, 3.5, "x")]
    [InlineData("Memory usage is reduced by a factor of 3.", ClaimKind.Reduction, 3.0, "x")]
    [InlineData("The schedule cuts training time in half.", ClaimKind.Reduction, 50.0, "%")]
    [InlineData("Latency drops from 120 ms to 45 ms.", ClaimKind.Metric, 45.0, "ms")]
    [InlineData("The system achieves a BLEU of 34.5 on WMT14.", ClaimKind.Metric, 34.5, "BLEU")]
    [InlineData("It improves BLEU by 2.1 points.", ClaimKind.Improvement, 2.1, "points")]
    [InlineData("The distilled model is 40% smaller.", ClaimKind.Reduction, 40.0, "%")]
    [InlineData("It reduces hallucinations by 35%.", ClaimKind.Improvement, 35.0, "%")]
    [InlineData("The model runs at 30 FPS on a mobile phone.", ClaimKind.Metric, 30.0, "FPS")]
    [InlineData("This saves $2.5M in compute costs.", ClaimKind.Metric, 2_500_000.0, "$")]
    [InlineData("It is $2.4\\times$ faster than FlashAttention-2.", ClaimKind.Speedup, 2.4, "x")]
    [InlineData("With the new schedule, peak memory drops by $\\sim$50\\%.", ClaimKind.Reduction, 50.0, "%")]
    [InlineData("With the new schedule, perplexity falls by 3%.", ClaimKind.Improvement, 3.0, "%")]
    [InlineData("Win-rates for DITTO outperform few-shot prompting by an average of 19% points.", ClaimKind.Improvement, 19.0, "pp")]
    public void Reads_the_claim(string sentence, ClaimKind kind, double value, string unit)
    {
        var claim = Extract.Single(sentence);

        Assert.Equal((kind, value, unit), (claim.Kind, claim.Value, claim.Unit));
    }

    [Fact]
    public void A_latex_hedge_is_read()
    {
        var claim = Extract.Single("The approach uses $\\sim$40\\% fewer tokens.");

        Assert.Equal((ClaimKind.Reduction, ClaimQualifier.About), (claim.Kind, claim.Qualifier));
    }

    [Fact]
    public void A_particle_accelerator_is_no_speed_cue()
    {
        Assert.Empty(Extract.From("In simulations, a crystal adapted to the accelerator lattice traps 90% of diffractively scattered protons with a divergence 100 times the critical angle."));
    }

    [Fact]
    public void Improvements_ranging_from_one_value_to_another_are_a_range()
    {
        var claim = Extract.From("These models generate test suites that achieve higher code coverage, with improvements ranging from 6% to 21% and averaging at 12%.")[0];

        Assert.Equal((ClaimKind.Improvement, 21.0, (double?)6.0), (claim.Kind, claim.Value, claim.Low));
    }

    [Fact]
    public void A_quality_exceeding_a_percentage_is_a_level()
    {
        var claim = Extract.Single("LLMs generate useful page objects with an element recognition rate exceeding 70% in most cases.");

        Assert.Equal((ClaimKind.Metric, 70.0, ClaimQualifier.AtLeast), (claim.Kind, claim.Value, claim.Qualifier));
    }

    [Fact]
    public void A_method_exceeding_a_baseline_by_a_percentage_is_still_a_gain()
    {
        var claim = Extract.Single("Our method improves accuracy, exceeding the baseline by 7% on average.");

        Assert.Equal(ClaimKind.Improvement, claim.Kind);
    }

    [Fact]
    public void A_speedup_ranging_from_one_factor_to_another_is_a_range()
    {
        var claim = Extract.Single("We achieve speedup ranging from 9x to 53x compared to ROCKET during inference on an edge device.");

        Assert.Equal((ClaimKind.Speedup, 53.0, (double?)9.0), (claim.Kind, claim.Value, claim.Low));
    }

    [Fact]
    public void Accuracy_that_drops_is_no_claim()
    {
        Assert.Empty(Extract.From("Without the adapter, accuracy drops by 12% on the long inputs."));
    }

    [Fact]
    public void A_utilisation_stated_in_percent_is_a_level_not_a_speedup()
    {
        var claim = Extract.Single("Our training reaches 55.2% MFU on 1024 GPUs.");

        Assert.Equal((ClaimKind.Metric, 55.2, "%"), (claim.Kind, claim.Value, claim.Unit));
    }

    [Fact]
    public void An_mfu_gain_stays_a_speedup()
    {
        var claim = Extract.Single("Our system improves MFU by 1.34x over Megatron-LM.");

        Assert.Equal((ClaimKind.Speedup, 1.34, "Megatron-LM"), (claim.Kind, claim.Value, claim.Baseline));
    }
}
