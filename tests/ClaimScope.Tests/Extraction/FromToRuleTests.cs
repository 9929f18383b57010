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
}
