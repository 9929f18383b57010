using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class QualifierAndTargetTests
{
    [Theory]
    [InlineData("It speeds up pre-training by sim3x.", ClaimQualifier.About)]
    [InlineData("It cuts memory usage by ~20%.", ClaimQualifier.About)]
    [InlineData("It speeds up the baselines by over 8x.", ClaimQualifier.AtLeast)]
    [InlineData("Memory consumption can be reduced by more than 10x.", ClaimQualifier.AtLeast)]
    [InlineData("It reduces data transfer time by 47.1% on average.", ClaimQualifier.Average)]
    [InlineData("It outperforms existing methods at least by 28% in accuracy.", ClaimQualifier.AtLeast)]
    [InlineData("It saves $100K+ in cost reduction.", ClaimQualifier.AtLeast)]
    public void Reads_the_hedge_around_a_number(string sentence, ClaimQualifier qualifier)
    {
        Assert.Equal(qualifier, Extract.Single(sentence).Qualifier);
    }

    [Fact]
    public void A_qualifier_that_opens_a_list_applies_to_every_item()
    {
        var claims = Extract.From("Fine-tuning improves up to 6.9, 8.3 and 6.2 pp on MMLU, GSM8K and HumanEval.");

        Assert.Equal([6.9, 8.3, 6.2], claims.Select(c => c.Value));
        Assert.All(claims, c => Assert.Equal(ClaimQualifier.UpTo, c.Qualifier));
    }

    [Theory]
    [InlineData("The method halves the KV cache.", "kv cache")]
    [InlineData("It achieves a 3.2times inference speedup.", "inference")]
    [InlineData("It reduces peak memory by up to 53%.", "peak memory")]
    [InlineData("It decreases the communication cost by around 70%.", "communication cost")]
    public void Names_the_target_from_the_words_the_cue_governs(string sentence, string target)
    {
        Assert.Equal(target, Extract.Single(sentence).Target);
    }
}
