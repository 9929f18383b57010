using ClaimScope.Core.Extraction.Rules;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class ShareOfCasesMetricRuleTests
{
    private readonly ShareOfCasesMetricRule rule = new();

    [Theory]
    [InlineData("The agent resolves 57.4% of issues from SWE-bench Verified.", "57.4%")]
    [InlineData("The model can reduce runtime in 65% to 72% of cases.", "65% to 72%")]
    [InlineData("Edits yield speedups for over 25% of the programs.", "25%")]
    public void A_share_of_cases_is_a_metric(string sentence, string number)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric), (outcome.Verdict, outcome.Kind));
    }

    [Fact]
    public void Does_not_fire_on_a_share_of_a_cost()
    {
        var outcome = rule.Match(Candidate.For("It needs only 12% of the computational cost.", "12%"));

        Assert.Equal(RuleVerdict.Pass, outcome.Verdict);
    }

    [Fact]
    public void A_share_the_method_covers_is_a_coverage_metric()
    {
        var claim = Extract.Single("It further covers 97.3\\% of the requested identities on the benchmark.");

        Assert.Equal((ClaimKind.Metric, 97.3, "%", "coverage"), (claim.Kind, claim.Value, claim.Unit, claim.Target));
    }

    [Fact]
    public void A_share_of_data_used_is_no_coverage()
    {
        Assert.Empty(Extract.From("The training split uses 20% of the images for validation."));
    }
}
