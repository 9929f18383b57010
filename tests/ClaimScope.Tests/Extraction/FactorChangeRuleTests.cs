using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class FactorChangeRuleTests
{
    [Fact]
    public void Extracts_a_factor_speedup_with_up_to_and_its_target()
    {
        var claim = Extract.Single("Our method speeds up GNN training by up to 1.6x on a single GPU.");

        Assert.Equal((ClaimKind.Speedup, 1.6, "x", ClaimQualifier.UpTo), (claim.Kind, claim.Value, claim.Unit, claim.Qualifier));
        Assert.Equal("training", claim.Target);
    }

    [Fact]
    public void Extracts_the_named_baseline_of_a_speedup()
    {
        var claim = Extract.Single("It yields up to 1.50times speedup over FlashAttention on long sequences.");

        Assert.Equal("FlashAttention", claim.Baseline);
    }

    [Fact]
    public void Extracts_a_factor_reduction_of_parameters()
    {
        var claim = Extract.Single("OpenVLA outperforms closed models with 7x fewer parameters.");

        Assert.Equal((ClaimKind.Reduction, 7.0, "parameters"), (claim.Kind, claim.Value, claim.Target));
    }

    [Fact]
    public void Better_energy_efficiency_is_a_reduction()
    {
        var claim = Extract.Single("The accelerator provides 1.47x better energy efficiency than the GPU.");

        Assert.Equal((ClaimKind.Reduction, "energy"), (claim.Kind, claim.Target));
    }

    [Fact]
    public void Compression_is_a_reduction_even_when_a_loss_is_named_in_the_next_phrase()
    {
        var claim = Extract.Single("Our method achieves 4x KV cache compression with no loss in accuracy.");

        Assert.Equal((ClaimKind.Reduction, 4.0, "x"), (claim.Kind, claim.Value, claim.Unit));
    }

    [Fact]
    public void A_larger_model_beaten_is_a_size_reduction()
    {
        var claim = Extract.Single("A small model can outperform a 14x larger model in a FLOPs-matched evaluation.");

        Assert.Equal((ClaimKind.Reduction, 14.0), (claim.Kind, claim.Value));
    }

    [Fact]
    public void Number_words_are_factors()
    {
        var claims = Extract.From("It is more than two orders of magnitude faster than prior work. Training is twice as fast.");

        Assert.Equal([100.0, 2.0], claims.Select(c => c.Value));
        Assert.All(claims, c => Assert.Equal(ClaimKind.Speedup, c.Kind));
    }

    [Fact]
    public void A_range_keeps_its_low_end()
    {
        var claim = Extract.Single("This increases the inference throughput by 2.8-5X on commodity GPUs.");

        Assert.Equal((2.8, 5.0, ClaimKind.Speedup), (claim.Low, claim.Value, claim.Kind));
    }

    [Fact]
    public void Does_not_fire_on_a_factor_with_no_gain_named()
    {
        Assert.Empty(Extract.From("We sample 4x more candidate programs per problem."));
    }
}
