using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class MetricRuleTests
{
    [Fact]
    public void A_percentage_named_by_its_metric_is_a_metric()
    {
        var claim = Extract.Single("Our model reaches a top-1 accuracy of 93.05% on ImageNet.");

        Assert.Equal((ClaimKind.Metric, 93.05, "%", "accuracy"), (claim.Kind, claim.Value, claim.Unit, claim.Target));
    }

    [Fact]
    public void A_named_score_takes_its_name_as_unit()
    {
        var claim = Extract.Single("LowDiff achieves an FID of 2.43 on CIFAR-10.");

        Assert.Equal((ClaimKind.Metric, 2.43, "FID"), (claim.Kind, claim.Value, claim.Unit));
    }

    [Fact]
    public void A_rate_with_its_own_unit_is_a_metric()
    {
        var claim = Extract.Single("The system sustains a decode throughput of 1,943 tokens/s per NPU.");

        Assert.Equal((ClaimKind.Metric, 1943.0, "tokens/s", "throughput"), (claim.Kind, claim.Value, claim.Unit, claim.Target));
    }

    [Fact]
    public void A_share_of_cases_is_a_metric()
    {
        var claim = Extract.Single("The agent resolves 57.4% of issues from SWE-bench Verified.");

        Assert.Equal((ClaimKind.Metric, 57.4), (claim.Kind, claim.Value));
    }

    [Fact]
    public void From_a_to_b_keeps_only_b()
    {
        var claim = Extract.Single("It raises top-1 accuracy from 67.2% to 80.0% on the benchmark.");

        Assert.Equal((ClaimKind.Metric, 80.0), (claim.Kind, claim.Value));
    }

    [Fact]
    public void Does_not_fire_on_hardware_or_the_study_spend()
    {
        Assert.Empty(Extract.From("We ran more than 400,000 GPU-hours of experiments on 40GB A100 GPUs."));
    }
}
