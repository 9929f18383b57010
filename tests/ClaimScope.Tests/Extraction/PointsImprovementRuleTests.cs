using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class PointsImprovementRuleTests
{
    [Fact]
    public void Percentage_points_are_pp()
    {
        var claim = Extract.Single("The method improves accuracy by up to 15 percentage points.");

        Assert.Equal((ClaimKind.Improvement, 15.0, "pp", ClaimQualifier.UpTo), (claim.Kind, claim.Value, claim.Unit, claim.Qualifier));
    }

    [Fact]
    public void Perplexity_points_are_points()
    {
        var claim = Extract.Single("Aioli lowers loss by up to 12.012 test perplexity points.");

        Assert.Equal(("points", 12.012), (claim.Unit, claim.Value));
    }

    [Fact]
    public void A_signed_gain_on_a_rate_is_pp()
    {
        var claim = Extract.Single("Fine-tuning gives a +6.8 jump in win-rates on the benchmark.");

        Assert.Equal((ClaimKind.Improvement, "pp"), (claim.Kind, claim.Unit));
    }

    [Fact]
    public void Does_not_fire_on_a_negative_difference()
    {
        Assert.Empty(Extract.From("We observe mIoU differences of -0.73 pp for flood mapping."));
    }
}
