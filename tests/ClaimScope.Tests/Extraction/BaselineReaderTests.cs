namespace ClaimScope.Tests.Extraction;

/// <summary>
/// The named baseline of a comparison, as the guideline defines it. The sentences follow forms
/// that recur across many abstracts (than / over / compared to / outperforms / the X of Y).
/// </summary>
public class BaselineReaderTests
{
    [Theory]
    [InlineData("It achieves 2.2x higher throughput over vLLM on long prompts.", "vLLM")]
    [InlineData("It yields around 2times speedup compared to FlashAttention.", "FlashAttention")]
    [InlineData("It outperforms GLIP by 6.5 % in mean average precision.", "GLIP")]
    [InlineData("It is trained with 6.6x less compute than Llama 3 8B.", "Llama 3 8B")]
    [InlineData("The engine runs 3.1x faster than DeepSpeed ZeRO-3 with CPU offloading.", "DeepSpeed ZeRO-3")]
    public void Names_the_rival_after_a_comparison_marker(string sentence, string baseline)
    {
        Assert.Equal(baseline, Extract.Single(sentence).Baseline);
    }

    [Theory]
    [InlineData("It delivers 1.84times the training throughput of Megatron-LM on 8 GPUs.", "Megatron-LM")]
    [InlineData("Compared with InternVL3-8B, our model provides a 35% reduction in end-to-end latency.", "InternVL3-8B")]
    [InlineData("It outperforms Adam with a 12.1times speedup in wall-clock time.", "Adam")]
    public void Reads_the_rival_of_a_quantity_or_of_a_comparison_opening_the_sentence(string sentence, string baseline)
    {
        Assert.Equal(baseline, Extract.Single(sentence).Baseline);
    }

    [Theory]
    [InlineData("It is more than 5times faster than previous supervised fine-tuning methods.", "supervised fine-tuning")]
    [InlineData("The kernels reach speedups of up to 113x compared to their CPU-based counterparts.", "CPU-based")]
    [InlineData("It achieves a 31X speedup compared to state-of-the-art models such as VideoCrafter2.", "VideoCrafter2")]
    [InlineData("It outperforms state-of-the-art methods (e.g., TEAL) by up to 2.94% in average performance.", "TEAL")]
    public void Drops_generic_words_around_the_rival_and_resolves_examples(string sentence, string baseline)
    {
        Assert.Equal(baseline, Extract.Single(sentence).Baseline);
    }

    [Theory]
    [InlineData("It shows an improvement over the state-of-the-art merging methods of up to 15 percentage points.")]
    [InlineData("It reports a speedup over the best kernels of about 3.2x on A100 GPUs.")]
    [InlineData("The solver outperforms GAP and Sage up to 3.2x on large groups.")]
    public void An_of_that_opens_the_amount_is_not_read_as_the_rival_it_belongs_to(string sentence)
    {
        var baseline = Extract.Single(sentence).Baseline ?? "";

        Assert.DoesNotContain("up", baseline.Split(' '));
        Assert.DoesNotContain("3.2x", baseline, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_rivals_joined_by_and_are_both_named()
    {
        Assert.Equal("EAGLE-3; Medusa", Extract.Single("It improves acceptance length over EAGLE-3 and Medusa by 23%.").Baseline);
    }

    [Theory]
    [InlineData("It runs 3x faster than the baseline.")]
    [InlineData("It is 6% better than SoA models.")]
    [InlineData("It runs 39.8times faster than its teacher.")]
    [InlineData("It improves accuracy by 4.1% over existing methods.")]
    [InlineData("It reduces latency by 37.5% over baseline serving configurations.")]
    [InlineData("It accelerates the prefill of Llama-2-7B by 2.3x.")]
    public void A_generic_rival_or_the_model_a_method_is_applied_to_names_nothing(string sentence)
    {
        Assert.Null(Extract.Single(sentence).Baseline);
    }
}
