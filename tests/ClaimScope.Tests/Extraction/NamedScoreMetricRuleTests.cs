using ClaimScope.Core.Extraction.Rules;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class NamedScoreMetricRuleTests
{
    private readonly NamedScoreMetricRule rule = new();

    [Theory]
    [InlineData("LowDiff achieves an FID of 2.43 on CIFAR-10.", "2.43", "FID")]
    [InlineData("It reaches an FID score of 5.75 on ImageNet.", "5.75", "FID")]
    [InlineData("The model obtains 17.86 FID on ImageNet.", "17.86", "FID")]
    [InlineData("Sampling yields an IS of 195.06.", "195.06", "IS")]
    [InlineData("Our detector achieves 45.2 mAP on COCO.", "45.2", "mAP")]
    [InlineData("It reaches an mIoU of 52.3 on ADE20K.", "52.3", "mIoU")]
    [InlineData("On ImageNet-64, SCT achieves 1-step FID 2.42 and 2-step FID 1.55, a new SoTA for consistency models.", "2.42", "FID")]
    [InlineData("On ImageNet-64, SCT achieves 1-step FID 2.42 and 2-step FID 1.55, a new SoTA for consistency models.", "1.55", "FID")]
    public void A_score_named_beside_a_bare_number_is_a_metric_in_that_unit(string sentence, string number, string unit)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, unit), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }

    [Theory]
    [InlineData("The partitioning reaches a scaling efficiency of 0.94 on Frontier.", "0.94")]
    [InlineData("Scores correlate with downstream accuracy (r=0.89).", "0.89")]
    [InlineData("It attains a median human-normalized score of 0.415.", "0.415")]
    [InlineData("The classifier achieves an F1 score of 0.85 and an AUC of 0.91.", "0.91")]
    public void A_decimal_named_by_its_quantity_is_a_metric(string sentence, string number)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric), (outcome.Verdict, outcome.Kind));
        Assert.NotEqual("%", outcome.Unit);
    }

    [Theory]
    [InlineData("We train with a dropout of 0.1 and a learning rate of 0.5.", "0.1")]
    [InlineData("We use a temperature of 0.7 for sampling.", "0.7")]
    public void Does_not_fire_on_a_hyperparameter(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Pass, rule.Match(Candidate.For(sentence, number)).Verdict);
    }

    [Fact]
    public void Does_not_fire_on_a_lower_case_is()
    {
        var outcome = rule.Match(Candidate.For("The accuracy is 93.05 on the benchmark.", "93.05"));

        Assert.Equal(RuleVerdict.Pass, outcome.Verdict);
    }

    [Fact]
    public void A_sample_count_after_the_name_is_no_score()
    {
        var outcome = rule.Match(Candidate.For("We report FID 50000 samples drawn from the model.", "50000"));

        Assert.Equal(RuleVerdict.Pass, outcome.Verdict);
    }

    [Theory]
    [InlineData("Our distilled model achieves a VBench-T2V score of 84.63 with two steps.", "84.63", "VBench-T2V score")]
    [InlineData("The agent reaches an MT-Bench score of 8.1 after tuning.", "8.1", "MT-Bench score")]
    [InlineData("It attains a GenEval score of 0.89 at one step.", "0.89", "GenEval")]
    public void Any_named_score_of_a_number_is_a_metric_named_after_it(string sentence, string number, string unit)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, unit), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }

    [Theory]
    [InlineData("The navigator achieves 66.2% SR on R2R-CE.")]
    [InlineData("It reaches a COCO box AP of 56.4% with the large kernels.")]
    public void Short_standard_score_names_make_a_percentage_a_metric(string sentence)
    {
        Assert.Equal(ClaimKind.Metric, Extract.Single(sentence).Kind);
    }
}
