using ClaimScope.Core.Extraction.Rules;

namespace ClaimScope.Tests.Extraction;

public class ConditionFilterTests
{
    private readonly ConditionFilter filter = new();

    [Theory]
    [InlineData("Under a 50% token budget, our method beats the baseline.", "50%")]
    [InlineData("At 4x compression, accuracy is 61%.", "4x")]
    [InlineData("It keeps quality at <50 ms TPOT.", "50 ms")]
    [InlineData("Using just a 0.5% data subset, we predict scores with 2.9% error.", "0.5%")]
    [InlineData("The schedule starts pruning at 25% of total training compute.", "25%")]
    public void Rejects_a_budget_threshold_or_setting(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Reject, filter.Match(Candidate.For(sentence, number)).Verdict);
    }

    [Theory]
    [InlineData("We achieve 1.4x higher throughput at 20% lower cost.", "20%")]
    [InlineData("It matches full fine-tuning with only 40% of the data.", "40%")]
    public void Does_not_fire_on_a_change_or_a_saved_share(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Pass, filter.Match(Candidate.For(sentence, number)).Verdict);
    }
}
