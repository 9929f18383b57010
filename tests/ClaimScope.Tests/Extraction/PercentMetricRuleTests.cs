using ClaimScope.Core.Extraction.Rules;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class PercentMetricRuleTests
{
    private readonly PercentMetricRule rule = new();

    [Theory]
    [InlineData("Our model reaches a top-1 accuracy of 93.05% on ImageNet.", "93.05%")]
    [InlineData("The first Transformer to reach 61.4% accuracy on Path-X.", "61.4%")]
    [InlineData("Training reaches 55.2% Model FLOPs Utilization (MFU).", "55.2%")]
    [InlineData("SWE-agent obtains a score of 66.2% on the benchmark.", "66.2%")]
    [InlineData("It further covers most requested identities with a duplicate rate of only 2.8\\%.", "2.8\\%")]
    public void A_percentage_the_method_reaches_is_a_metric(string sentence, string number)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, "%"), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }

    [Fact]
    public void Does_not_fire_on_a_share_of_data()
    {
        var outcome = rule.Match(Candidate.For("We hold out 20% of the data for validation.", "20%"));

        Assert.Equal(RuleVerdict.Pass, outcome.Verdict);
    }

    [Fact]
    public void Does_not_fire_on_only_a_share_of_data()
    {
        var outcome = rule.Match(Candidate.For("The model is fine-tuned with only 10% of the data.", "10%"));

        Assert.Equal(RuleVerdict.Pass, outcome.Verdict);
    }

    [Fact]
    public void A_range_of_levels_of_a_named_quality_is_a_metric()
    {
        var claim = Extract.Single("LLMs generate useful page objects with accuracy values ranging from 32.6% to 54.0% on the benchmark.");

        Assert.Equal((ClaimKind.Metric, 54.0, (double?)32.6), (claim.Kind, claim.Value, claim.Low));
    }
}
