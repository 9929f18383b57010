using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Extraction;

public class NamedScoreGainRuleTests
{
    [Theory]
    [InlineData("Back-translation gives +2.1 BLEU over the baseline on WMT14.", 2.1, "points")]
    [InlineData("The new neck improves the baseline by 2.1 mAP on COCO.", 2.1, "pp")]
    [InlineData("Pretraining on the corpus yields a 1.5 AP gain on LVIS.", 1.5, "pp")]
    public void A_change_on_a_named_score_is_an_improvement(string sentence, double value, string unit)
    {
        var claim = Extract.Single(sentence);

        Assert.Equal((ClaimKind.Improvement, value, unit), (claim.Kind, claim.Value, claim.Unit));
    }

    [Fact]
    public void A_named_score_reached_stays_a_metric()
    {
        var claim = Extract.Single("Our detector achieves 45.2 mAP on COCO.");

        Assert.Equal((ClaimKind.Metric, "mAP"), (claim.Kind, claim.Unit));
    }
}
