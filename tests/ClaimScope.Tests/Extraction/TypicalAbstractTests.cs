using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

/// <summary>An abstract written in the usual style, mixing claims with the numbers that are not claims.</summary>
public class TypicalAbstractTests
{
    private const string Abstract =
        "We evaluate on 12 datasets and 5 languages with 3 random seeds. Our 7B model, trained on 2T tokens, achieves 45.2% on MATH. "
        + "We release code at https://github.com/x/y2. Section 3 describes the method. The model has 1.5 billion parameters and a context of 128K tokens. "
        + "Experiments on 8 A100 GPUs show 2.1x speedup over vLLM. It achieves 1.9x lower latency and 30% higher throughput. "
        + "It reduces the KV cache size by 4x. It improves accuracy from 60.1% to 72.3%. This comes with less than 1% accuracy drop. "
        + "We find that 30% of tokens are redundant. We train for 100 epochs with batch size 256 and learning rate 0.001. "
        + "In 2024, over 50% of papers used GPT-4. Our method uses 4 bits per weight and 2:4 sparsity.";

    [Fact]
    public void Extracts_the_claims_and_nothing_else()
    {
        var claims = Extract.From(Abstract);

        Assert.Equal(
            [
                (ClaimKind.Metric, 45.2, "%"),
                (ClaimKind.Speedup, 2.1, "x"),
                (ClaimKind.Reduction, 1.9, "x"),
                (ClaimKind.Speedup, 30.0, "%"),
                (ClaimKind.Reduction, 4.0, "x"),
                (ClaimKind.Metric, 72.3, "%"),
            ],
            claims.Select(c => (c.Kind, c.Value, c.Unit)));
    }

    [Fact]
    public void Reads_targets_and_baselines()
    {
        var claims = Extract.From(Abstract);

        Assert.Equal(["accuracy", "inference", "latency", "throughput", "kv cache size", "accuracy"], claims.Select(c => c.Target));
        Assert.Equal("vLLM", claims[1].Baseline);
    }
}
