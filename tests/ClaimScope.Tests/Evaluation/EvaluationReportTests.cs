using ClaimScope.Core.Evaluation;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Evaluation;

public class EvaluationReportTests
{
    private static readonly EvaluationResult Result = new()
    {
        Overall = new KindScore("overall", 9, 1, 2),
        PerKind = [new("speedup", 4, 0, 1), new("reduction", 3, 1, 0), new("improvement", 1, 0, 1), new("metric", 1, 0, 0)],
        MatchedPairs = 9,
        QualifierAccuracy = 0.9,
        TargetAccuracy = 0.8,
        PapersScored = 3,
        GoldPapersNotFound = [],
        FalsePositives = [new ClaimMiss("Paper A", ClaimKind.Reduction, 40, "%", "reduces memory by 40%", IsFalsePositive: true)],
        FalseNegatives = [new ClaimMiss("Paper B", ClaimKind.Speedup, 3.2, "x", "3.2x faster", IsFalsePositive: false)],
    };

    [Fact]
    public void Writes_a_row_per_kind_and_the_overall_scores()
    {
        var output = new StringWriter();

        EvaluationReport.Write(output, Result, verbose: false);

        var text = output.ToString();
        Assert.Contains("speedup", text, StringComparison.Ordinal);
        Assert.Contains("overall          9     1     2      0.900    0.818  0.857", text, StringComparison.Ordinal);
        Assert.Contains("qualifier accuracy: 0.900", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Paper A", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_lists_every_miss_with_title_and_text()
    {
        var output = new StringWriter();

        EvaluationReport.Write(output, Result, verbose: true);

        var text = output.ToString();
        Assert.Contains("3.2 x | 3.2x faster | Paper B", text, StringComparison.Ordinal);
        Assert.Contains("40 % | reduces memory by 40% | Paper A", text, StringComparison.Ordinal);
    }
}
