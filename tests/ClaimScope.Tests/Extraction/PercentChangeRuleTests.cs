using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class PercentChangeRuleTests
{
    [Fact]
    public void Extracts_a_percent_reduction_of_memory()
    {
        var claim = Extract.Single("Our kernels reduce memory usage by up to 61% during training.");

        Assert.Equal((ClaimKind.Reduction, 61.0, "%", ClaimQualifier.UpTo, "memory usage"), (claim.Kind, claim.Value, claim.Unit, claim.Qualifier, claim.Target));
    }

    [Fact]
    public void A_cut_in_error_is_an_improvement()
    {
        var claim = Extract.Single("The model achieves 18.24% lower mean absolute percentage error than the prior simulator.");

        Assert.Equal(ClaimKind.Improvement, claim.Kind);
    }

    [Fact]
    public void A_percent_speedup_is_a_speedup()
    {
        var claim = Extract.Single("We obtain a 15% end-to-end wall-clock speedup on BERT-large.");

        Assert.Equal((ClaimKind.Speedup, 15.0, "%"), (claim.Kind, claim.Value, claim.Unit));
    }

    [Fact]
    public void A_qualifier_that_opens_a_list_applies_to_every_item()
    {
        var claims = Extract.From("It reduces power consumption and execution time respectively by up to 54% and 44%.");

        Assert.Equal([54.0, 44.0], claims.Select(c => c.Value));
        Assert.All(claims, c => Assert.Equal(ClaimQualifier.UpTo, c.Qualifier));
    }

    [Fact]
    public void An_improvement_in_a_noun_list_reads_the_quality()
    {
        var claim = Extract.Single("It shows an accuracy improvement of up to 2% on the benchmark.");

        Assert.Equal((ClaimKind.Improvement, 2.0, ClaimQualifier.UpTo), (claim.Kind, claim.Value, claim.Qualifier));
    }

    [Fact]
    public void Does_not_fire_on_a_loss_in_accuracy()
    {
        Assert.Empty(Extract.From("Pruning gives a 1.1% reduction in accuracy."));
    }
}
