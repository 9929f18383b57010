namespace ClaimScope.Tests.Extraction;

public class BaselineReaderTests
{
    [Theory]
    [InlineData("It achieves 2.2x higher throughput over vLLM on long prompts.", "vLLM")]
    [InlineData("It yields around 2times speedup compared to FlashAttention.", "FlashAttention")]
    [InlineData("It outperforms GLIP by 6.5 % in mean average precision.", "GLIP")]
    [InlineData("It is trained with 6.6x less compute than Llama 3 8B.", "Llama 3 8B")]
    public void Names_the_baseline_of_a_comparison(string sentence, string baseline)
    {
        Assert.Equal(baseline, Extract.Single(sentence).Baseline);
    }

    [Theory]
    [InlineData("It runs 3x faster than the baseline.")]
    [InlineData("It is 6% better than SoA models.")]
    public void A_generic_baseline_names_nothing(string sentence)
    {
        Assert.Null(Extract.Single(sentence).Baseline);
    }
}
