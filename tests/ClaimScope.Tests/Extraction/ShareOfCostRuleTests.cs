using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class ShareOfCostRuleTests
{
    [Fact]
    public void Using_only_a_share_of_the_cost_is_the_complementary_reduction()
    {
        var claim = Extract.Single("It matches the baseline while needing only 12% of the computational cost.");

        Assert.Equal((ClaimKind.Reduction, 88.0, "%"), (claim.Kind, claim.Value, claim.Unit));
    }

    [Fact]
    public void Reducing_a_cost_to_a_share_is_the_complementary_reduction()
    {
        var claim = Extract.Single("For LLAMA2-70B we reduce the total compute for inference to 64%.");

        Assert.Equal((ClaimKind.Reduction, 36.0), (claim.Kind, claim.Value));
    }

    [Fact]
    public void Less_than_a_share_is_at_least_the_reduction()
    {
        var claim = Extract.Single("The pruned model keeps accuracy while using less than 10% of the tokens.");

        Assert.Equal((90.0, ClaimQualifier.AtLeast), (claim.Value, claim.Qualifier));
    }

    [Fact]
    public void Does_not_fire_on_a_share_of_quality()
    {
        var claim = Extract.Single("The small model retains 96.7% of the performance of OWL.");

        Assert.Equal(ClaimKind.Metric, claim.Kind);
    }
}
