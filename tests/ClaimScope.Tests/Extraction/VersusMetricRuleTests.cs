using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class VersusMetricRuleTests
{
    [Fact]
    public void The_level_before_versus_is_a_metric()
    {
        var claim = Extract.Single("The experimental results show that our approach can outperform the coverage-based approach on defect detection rate (96.01% vs. 55.68%).");

        Assert.Equal((ClaimKind.Metric, 96.01, "%"), (claim.Kind, claim.Value, claim.Unit));
    }

    [Fact]
    public void The_baseline_after_versus_is_no_claim()
    {
        var claims = Extract.From("Our tool reaches an accuracy of 85% versus 71% for the best baseline.");

        Assert.DoesNotContain(claims, c => c.Value == 71);
    }

    [Fact]
    public void Does_not_fire_on_a_change_stated_with_by()
    {
        var claim = Extract.Single("LoRA-X improves accuracy by 5% vs. full fine-tuning on GLUE.");

        Assert.Equal(ClaimKind.Improvement, claim.Kind);
    }
}
