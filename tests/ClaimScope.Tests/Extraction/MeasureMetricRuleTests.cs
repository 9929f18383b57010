using ClaimScope.Core.Extraction.Rules;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class MeasureMetricRuleTests
{
    private readonly MeasureMetricRule rule = new();

    [Theory]
    [InlineData("The system sustains a decode throughput of 1,943 tokens/s per NPU.", "1,943 tokens/s", "tokens/s")]
    [InlineData("ZeRO-Offload can achieve 40 TFlops/GPU on a single V100.", "40 TFlops/GPU", "TFlops/GPU")]
    [InlineData("Inference runs while requiring only 8.19 GB VRAM.", "8.19 GB", "GB")]
    [InlineData("The best variant has a 143.66s runtime.", "143.66s", "s")]
    [InlineData("Training has a rental cost of just $534,700.", "534,700", "$")]
    public void A_level_in_its_own_unit_is_a_metric(string sentence, string number, string unit)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, unit), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }

    [Fact]
    public void A_number_in_latex_inline_math_is_not_money()
    {
        Assert.Empty(Extract.From("We show that even a set of only $50$ tests with a total of only $1000$ samples can produce reasonable estimation."));
    }

    [Theory]
    [InlineData("The head-on collision has a speed of $4500\\,{\\rm km\\,s^{-1}}$ in the simulation.")]
    [InlineData("The susceptibility exhibits peaks only at q=0, $2\\pi /3$ and $4\\pi /3$.")]
    public void A_number_opening_latex_math_is_not_money(string sentence)
    {
        Assert.Empty(Extract.From(sentence));
    }

    [Fact]
    public void Two_amounts_of_money_side_by_side_stay_money()
    {
        var claims = Extract.From("The agent saves $2.5M in compute costs, against $5M for the baseline.");

        Assert.Contains(claims, c => c.Unit == "$" && c.Value == 2.5e6);
    }

    [Fact]
    public void Money_that_opens_with_a_dollar_sign_is_still_money()
    {
        var claim = Extract.Single("Training has a rental cost of just $534,700.");

        Assert.Equal((ClaimKind.Metric, "$", 534700.0), (claim.Kind, claim.Unit, claim.Value));
    }

    [Fact]
    public void Rejects_hardware()
    {
        var outcome = rule.Match(Candidate.For("On 40GB A100 GPUs we reduce it to 66%.", "40GB"));

        Assert.Equal(RuleVerdict.Reject, outcome.Verdict);
    }

    [Fact]
    public void Does_not_fire_on_the_study_spend()
    {
        var outcome = rule.Match(Candidate.For("We present a study amounting to more than 400,000 GPU-hours.", "400,000 GPU-hours"));

        Assert.Equal(RuleVerdict.Pass, outcome.Verdict);
    }

    [Theory]
    [InlineData("The schedule matches the baseline at half the budget, saving 12,000 GPU hours.", "12,000 GPU hours", "GPU hours")]
    [InlineData("Our scheduler cuts 2,000 GPU hours from every training run.", "2,000 GPU hours", "GPU hours")]
    public void An_amount_saved_is_a_metric_in_its_own_unit(string sentence, string number, string unit)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, unit), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }
}
