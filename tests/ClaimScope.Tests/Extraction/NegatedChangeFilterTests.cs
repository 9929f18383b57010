using ClaimScope.Core.Extraction.Rules;

namespace ClaimScope.Tests.Extraction;

public class NegatedChangeFilterTests
{
    private readonly NegatedChangeFilter filter = new();

    [Theory]
    [InlineData("Recent work reveals that the effective context lengths of open-source LLMs often fall short, typically not exceeding half of their training lengths.", "half")]
    [InlineData("Existing pruning methods fail to reach 50% sparsity without retraining.", "50%")]
    [InlineData("Quantization alone does not improve throughput by 2x on these GPUs.", "2x")]
    public void Rejects_a_negated_change(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Reject, filter.Match(Candidate.For(sentence, number)).Verdict);
    }

    [Theory]
    [InlineData("The method not only accelerates decoding by 2.5x but also saves memory.", "2.5x")]
    [InlineData("It keeps the accuracy drop to not more than 1% while halving the memory.", "1%")]
    [InlineData("The method achieves 3x speedups on long inputs.", "3x")]
    public void Keeps_hedges_and_plain_claims(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Pass, filter.Match(Candidate.For(sentence, number)).Verdict);
    }
}
