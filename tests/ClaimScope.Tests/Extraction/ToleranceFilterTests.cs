using ClaimScope.Core.Extraction.Rules;

namespace ClaimScope.Tests.Extraction;

public class ToleranceFilterTests
{
    private readonly ToleranceFilter filter = new();

    [Theory]
    [InlineData("Pruning keeps accuracy within 3 percentage points of full sampling.", "3 percentage points")]
    [InlineData("The private variant limits utility loss to within 1.6%, beating masking.", "1.6%")]
    [InlineData("The sampler reaches estimates within 1% of the ground truth.", "1%")]
    public void A_share_or_points_after_within_is_a_tolerance_not_a_gain(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Reject, filter.Match(Candidate.For(sentence, number)).Verdict);
    }

    [Theory]
    [InlineData("The simulator finishes within 15 minutes on a CPU.", "15 minutes")]
    [InlineData("It improves accuracy by 3% within one epoch.", "3%")]
    public void A_duration_or_a_gain_stated_elsewhere_passes(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Pass, filter.Match(Candidate.For(sentence, number)).Verdict);
    }

    [Fact]
    public void The_extractor_reports_no_claim_for_a_tolerance()
    {
        Assert.Empty(Extract.From("Our method matches the dense model, keeping accuracy within 2.5 points while cutting tokens."));
    }
}
