using ClaimScope.Core.Extraction.Rules;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class RetainedShareRuleTests
{
    private readonly RetainedShareRule rule = new();

    [Theory]
    [InlineData("The pruned model retains 96% of the accuracy at a 4x FLOP reduction.", "96%")]
    [InlineData("Small compressors recover 99% of frontier-model accuracy at a quarter of the cost.", "99%")]
    [InlineData("It preserves over 99% of post-training performance and improves speed.", "99%")]
    [InlineData("The student keeps about 90% of the teacher's mAP on COCO.", "90%")]
    public void A_share_of_a_quality_kept_is_a_metric_even_beside_a_cost_cut(string sentence, string number)
    {
        var outcome = rule.Match(Candidate.For(sentence, number));

        Assert.Equal((RuleVerdict.Accept, ClaimKind.Metric, "%"), (outcome.Verdict, outcome.Kind, outcome.Unit));
    }

    [Theory]
    [InlineData("It keeps accuracy while retaining 50% of tokens with entropy-based sampling.", "50%")]
    [InlineData("Accuracy rises by 3% of the gap to the teacher.", "3%")]
    public void A_share_of_a_cost_or_a_share_without_a_keep_verb_passes(string sentence, string number)
    {
        Assert.Equal(RuleVerdict.Pass, rule.Match(Candidate.For(sentence, number)).Verdict);
    }
}
