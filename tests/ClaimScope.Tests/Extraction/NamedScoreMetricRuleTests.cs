using ClaimScope.Core.Extraction.Rules;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class NamedScoreMetricRuleTests
{
    private readonly NamedScoreMetricRule rule = new();

    [Theory]
    [InlineData("LowDiff achieves an FID of 2.43 on CIFAR-10.", "2.43", "FID")]
    [InlineData("It reaches an FID score of 5.75 on ImageNet.", "5.75", "FID")]
    [InlineData("The model obtains 17.86 FID on ImageNet.", "17.86", "FID")]
    [InlineData("Sampling yields an IS of 195.06.", "195.06", "IS")]
    public void A_score_named_beside_a_bare_number_is_a_metric_in_that_unit(string sentence, string number, string unit)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, unit), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }

    [Fact]
    public void Does_not_fire_on_a_lower_case_is()
    {
        var outcome = rule.Match(Candidate.For("The accuracy is 93.05 on the benchmark.", "93.05"));

        Assert.Equal(RuleVerdict.Pass, outcome.Verdict);
    }
}
