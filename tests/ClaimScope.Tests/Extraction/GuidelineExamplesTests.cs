using System.Globalization;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

/// <summary>
/// The guideline's own examples and the messy forms the issue lists, each in a plain sentence:
/// the specification of what one claim reads as, end to end through the default extractor.
/// </summary>
public class GuidelineExamplesTests
{
    private const string Tail = " We evaluate it on standard benchmarks and find that it works well in practice.";

    [Theory]
    [InlineData("Our method accelerates inference by 3x compared to the baseline.", "speedup", 3, "x")]
    [InlineData("Our method accelerates inference by 3X compared to the baseline.", "speedup", 3, "x")]
    [InlineData("Our method accelerates inference by 3× compared to the baseline.", "speedup", 3, "x")]
    [InlineData("Our method accelerates inference by 3 times compared to the baseline.", "speedup", 3, "x")]
    [InlineData("Our method accelerates inference by 3times compared to the baseline.", "speedup", 3, "x")]
    [InlineData("Our method accelerates inference by 3\\times compared to the baseline.", "speedup", 3, "x")]
    [InlineData("Our method accelerates inference by $3\\times$ compared to the baseline.", "speedup", 3, "x")]
    [InlineData("Our method yields a 3-fold speedup in inference.", "speedup", 3, "x")]
    [InlineData("Our method yields a threefold speedup in inference.", "speedup", 3, "x")]
    [InlineData("Our method is twice as fast at inference.", "speedup", 2, "x")]
    [InlineData("Our kernel doubles throughput on A100 GPUs.", "speedup", 2, "x")]
    [InlineData("Our method is an order of magnitude faster at inference.", "speedup", 10, "x")]
    [InlineData("Our method is two orders of magnitude faster than exact search.", "speedup", 100, "x")]
    [InlineData("Our system delivers 40% higher throughput than vLLM.", "speedup", 40, "%")]
    [InlineData("Our system improves MFU by 1.34x over Megatron-LM.", "speedup", 1.34, "x")]
    [InlineData("Our scheduler improves SLO attainment by 2.1x over vLLM.", "speedup", 2.1, "x")]
    [InlineData("Our system serves 3x more requests within the latency target.", "speedup", 3, "x")]
    [InlineData("Our method trains in 2x shorter wall time.", "reduction", 2, "x")]
    [InlineData("Our system delivers 2.5x higher tokens per dollar.", "reduction", 2.5, "x")]
    [InlineData("Our method has 4x data efficiency over PPO.", "reduction", 4, "x")]
    [InlineData("Our method raises accuracy from 45.1% to 62.3% on GSM8K.", "metric", 62.3, "%")]
    [InlineData("Our policy beats RT-2-X by 16.5% in absolute task success rate.", "improvement", 16.5, "pp")]
    [InlineData("Our method halves the memory footprint.", "reduction", 50, "%")]
    [InlineData("Our method halves the KV cache.", "reduction", 50, "%")]
    [InlineData("Our method needs 7x less memory than full fine-tuning.", "reduction", 7, "x")]
    [InlineData("Our method uses only 10% of the compute of the baseline.", "reduction", 90, "%")]
    [InlineData("Our method cuts cost by 3x.", "reduction", 3, "x")]
    [InlineData("Our accelerator gives 5x better energy efficiency than a GPU.", "reduction", 5, "x")]
    [InlineData("Our model has 7x fewer parameters than GPT-3.", "reduction", 7, "x")]
    [InlineData("Our model outperforms a 14x larger model on reasoning.", "reduction", 14, "x")]
    [InlineData("Our model is 160 times smaller than the teacher.", "reduction", 160, "x")]
    [InlineData("Our method matches full fine-tuning with only 40% of the data.", "reduction", 60, "%")]
    [InlineData("Our method prunes 94.4% of visual tokens without loss.", "reduction", 94.4, "%")]
    [InlineData("Our model requires only one third of the training data.", "reduction", 66.67, "%")]
    [InlineData("Our method uses half the memory of the baseline.", "reduction", 50, "%")]
    [InlineData("Our method runs in half the time of the baseline.", "reduction", 50, "%")]
    [InlineData("Our method needs a quarter of the compute.", "reduction", 75, "%")]
    [InlineData("Our method achieves 4x KV cache compression with no loss in accuracy.", "reduction", 4, "x")]
    [InlineData("Our layer yields 3x more activation sparsity.", "reduction", 3, "x")]
    [InlineData("Our method reduces memory by sim20%.", "reduction", 20, "%")]
    [InlineData("Our method reduces memory by ~20%.", "reduction", 20, "%")]
    [InlineData("Our method reduces memory by approx 20%.", "reduction", 20, "%")]
    [InlineData("Our method reduces memory by 20\\%.", "reduction", 20, "%")]
    [InlineData("Our method reduces memory by 20 %.", "reduction", 20, "%")]
    [InlineData("Our method reduces memory by 20 percent.", "reduction", 20, "%")]
    [InlineData("Our method reduces\nmemory by 20%\nwhile keeping accuracy.", "reduction", 20, "%")]
    [InlineData("Our method improves accuracy by up to 15 percentage points.", "improvement", 15, "pp")]
    [InlineData("Our model outperforms the previous best by 3.2%.", "improvement", 3.2, "%")]
    [InlineData("Our model gains +2.1 BLEU over the Transformer baseline.", "improvement", 2.1, "points")]
    [InlineData("Our method reduces error by 20% on CIFAR-10.", "improvement", 20, "%")]
    [InlineData("Our model improves mAP by 3.4 on COCO.", "improvement", 3.4, "pp")]
    [InlineData("Our method lowers perplexity by 0.8 on WikiText.", "improvement", 0.8, "points")]
    [InlineData("Our model achieves 85.3% top-1 accuracy on ImageNet.", "metric", 85.3, "%")]
    [InlineData("Our model reaches an FID of 2.1 on ImageNet 256.", "metric", 2.1, "FID")]
    [InlineData("Our agent solves 43% of the problems in SWE-bench.", "metric", 43, "%")]
    [InlineData("Our tracker runs at 30 FPS on a laptop.", "metric", 30, "FPS")]
    [InlineData("The model runs in real time at 25 frames per second.", "metric", 25, "frames per second")]
    [InlineData("The server sustains 1,200 requests/s on one node.", "metric", 1200, "requests/s")]
    [InlineData("Our system answers with 5 ms latency.", "metric", 5, "ms")]
    [InlineData("Our engine sustains 6,688 tokens/s on one H100.", "metric", 6688, "tokens/s")]
    [InlineData("Our training reaches 55.2% MFU on 1024 GPUs.", "metric", 55.2, "%")]
    [InlineData("Our engine processes 1,000 tokens/s on a single GPU.", "metric", 1000, "tokens/s")]
    [InlineData("Our method saves 4.4 million GPU hours.", "metric", 4_400_000, "GPU hours")]
    [InlineData("At 4x compression, accuracy is 61% on GSM8K.", "metric", 61, "%")]
    public void Reads_the_claim_as_the_guideline_does(string sentence, string kind, double value, string unit)
    {
        var claim = Extract.Single(sentence + Tail);

        Assert.Equal(
            (kind, value.ToString(CultureInfo.InvariantCulture), unit),
            (claim.Kind.ToWire(), Math.Round(claim.Value, 2).ToString(CultureInfo.InvariantCulture), claim.Unit));
    }

    [Theory]
    [InlineData("Our method achieves a 2-3x speedup in training.", 2, 3)]
    [InlineData("Our method achieves a 2.2-3.3X speedup in training.", 2.2, 3.3)]
    [InlineData("Our method speeds up training by between 1.5 and 2.4 times.", 1.5, 2.4)]
    [InlineData("We obtain $1.7$--$2.3\\times$ faster decoding than speculative decoding.", 1.7, 2.3)]
    [InlineData("We obtain $1.8\\times$--$2.3\\times$ faster decoding than speculative decoding.", 1.8, 2.3)]
    public void A_range_keeps_both_ends(string sentence, double low, double high)
    {
        var claim = Extract.Single(sentence + Tail);

        Assert.Equal((ClaimKind.Speedup, low, high), (claim.Kind, claim.Low, claim.Value));
    }

    [Theory]
    [InlineData("We fine-tune Llama-2-70B on 1.2k examples in 2023 and (1) report results with a 128k context.")]
    [InlineData("Under a 50% token budget, our method beats FastV.")]
    [InlineData("We present a study amounting to more than 400,000 GPU-hours across 8 benchmarks.")]
    [InlineData("Our method incurs an accuracy drop of 2% on ImageNet.")]
    [InlineData("Our method has an overhead of 5% in memory.")]
    [InlineData("Our method enables 4x larger batch sizes on one GPU.")]
    [InlineData("Our method supports 8x longer context windows.")]
    [InlineData("Our method improves accuracy by 3 benchmarks out of 5.")]
    [InlineData("We add a third stage to the pipeline and keep the rest.")]
    public void Names_sizes_years_markers_and_conditions_are_not_claims(string sentence)
    {
        Assert.Empty(Extract.From(sentence + Tail));
    }

    [Fact]
    public void A_qualifier_that_opens_a_list_applies_to_every_item()
    {
        var claims = Extract.From("Our method improves accuracy by up to 6.9, 8.3 and 6.2 pp on three benchmarks." + Tail);

        Assert.Equal([6.9, 8.3, 6.2], claims.Select(c => c.Value));
        Assert.All(claims, c => Assert.Equal((ClaimKind.Improvement, "pp", ClaimQualifier.UpTo), (c.Kind, c.Unit, c.Qualifier)));
    }
}
