using ClaimScope.Core.Extraction.Rules;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class FromToRuleTests
{
    private readonly FromToRule rule = new();

    private const string Sentence = "It raises top-1 accuracy from 67.2% to 80.0% and peak memory from 42GB to 11GB.";

    [Theory]
    [InlineData("80.0%", "%")]
    [InlineData("11GB", "GB")]
    public void The_value_reached_is_a_metric(string number, string unit)
    {
        var outcome = rule.Match(Candidate.For(Sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, unit), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }

    [Theory]
    [InlineData("67.2%")]
    [InlineData("42GB")]
    public void The_starting_value_is_rejected(string number)
    {
        Assert.Equal(RuleVerdict.Reject, rule.Match(Candidate.For(Sentence, number)).Verdict);
    }

    [Fact]
    public void Does_not_fire_on_a_range_without_from()
    {
        var outcome = rule.Match(Candidate.For("It enhances inference speed by 2 to 10 times.", "2 to 10 times"));

        Assert.Equal(RuleVerdict.Pass, outcome.Verdict);
    }

    [Theory]
    [InlineData("WithEveryone improves face similarity from 0.462 for GPT-Image-2 to 0.499 on the benchmark.", "0.499", "similarity")]
    [InlineData("PolicyGuide raises mean Pass^4 from 0.42 to 0.62 across domains.", "0.62", "Pass")]
    [InlineData("The router cuts operational costs from 0.398 to 0.228 per task.", "0.228", "costs")]
    public void A_bare_decimal_reached_takes_the_quantity_named_before_from(string sentence, string number, string unit)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, unit), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }

    [Fact]
    public void Does_not_fire_on_a_count_from_one_integer_to_another()
    {
        var outcome = rule.Match(Candidate.For("We scale training from 16 to 64 GPUs.", "64"));

        Assert.Equal(RuleVerdict.Pass, outcome.Verdict);
    }

    [Fact]
    public void Does_not_fire_on_a_range_of_changes_from_one_to_up_to_another()
    {
        var outcome = rule.Match(Candidate.For("It brings a saving of GPU hours from 22\\% up to 43\\%.", "43\\%"));

        Assert.Equal(RuleVerdict.Pass, outcome.Verdict);
    }

    [Fact]
    public void A_value_that_rises_from_one_level_to_another_still_reaches_it()
    {
        var claims = Extract.From("Local query coverage rose from 23.2% to 71.3% after the update.");

        Assert.Equal([(ClaimKind.Metric, 71.3)], claims.Select(c => (c.Kind, c.Value)));
    }

    [Fact]
    public void A_starting_range_is_rejected_too()
    {
        var claims = Extract.From("The sensitivity of model scores to prompt variations decreased from 4-5% in MMLU to just 2% in MMLU-Pro.");

        Assert.Equal([(ClaimKind.Metric, 2.0)], claims.Select(c => (c.Kind, c.Value)));
    }

    [Theory]
    [InlineData("Distillation lifts the average score (58.10% rightarrow 61.42%) on eight benchmarks.", "61.42%")]
    [InlineData("Accuracy on MMLU goes 48.3% $\\rightarrow$ 52.9% after the second stage.", "52.9%")]
    [InlineData("Pass@1 improves from 31.0% -> 36.5% with the verifier.", "36.5%")]
    public void The_value_after_an_arrow_is_the_level_reached(string sentence, string number)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, "%"), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }

    [Fact]
    public void The_value_before_an_arrow_is_rejected()
    {
        Assert.Equal(RuleVerdict.Reject, rule.Match(Candidate.For("It lifts the score (58.10% rightarrow 61.42%).", "58.10%")).Verdict);
    }

    [Theory]
    [InlineData("The method shortens reasoning traces from 1,520 to 610 tokens on MATH.", "610", "tokens")]
    [InlineData("We cut the sampling steps from 50 to 4 without retraining.", "4", "steps")]
    public void A_falling_count_of_a_cost_is_the_level_reached(string sentence, string number, string unit)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, unit), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }

    [Theory]
    [InlineData("The prompt grows from 300 tokens at the start to 900 tokens after retrieval.", "900")]
    [InlineData("It cuts decoding steps from 256 to 30, achieving an 8.5x speedup.", "30")]
    public void A_rising_count_or_a_count_beside_a_stated_factor_is_not_a_level_reached(string sentence, string number)
    {
        Assert.NotEqual(RuleVerdict.Accept, rule.Match(Candidate.For(sentence, number)).Verdict);
    }
}
