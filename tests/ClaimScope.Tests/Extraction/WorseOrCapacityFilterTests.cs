using ClaimScope.Core.Extraction.Rules;

namespace ClaimScope.Tests.Extraction;

public class WorseOrCapacityFilterTests
{
    private readonly WorseOrCapacityFilter filter = new();

    [Theory]
    [InlineData("PPO training is 2x slower than the baseline.", "2x")]
    [InlineData("Gating adds a 5% overhead at inference.", "5%")]
    [InlineData("It supports a 4x larger batch size on the same GPU.", "4x")]
    [InlineData("It trains models with 13 billion parameters, a 10x increase in size.", "10x")]
    [InlineData("The method increases VRAM by 40% during training.", "40%")]
    [InlineData("It removes half the weights with less than 1% reduction in classification accuracy.", "1%")]
    [InlineData("MMLU-Pro raises the challenge, causing a significant drop in accuracy by 16% to 33% compared to MMLU.", "16% to 33%")]
    public void Rejects_what_gets_worse_and_capacity_gains(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Reject, filter.Match(Candidate.For(sentence, number)).Verdict);
    }

    [Theory]
    [InlineData("A small model can outperform a 14x larger model.", "14x")]
    [InlineData("It reduces memory by 40% compared to vLLM.", "40%")]
    public void Does_not_fire_on_a_gain(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Pass, filter.Match(Candidate.For(sentence, number)).Verdict);
    }
}
