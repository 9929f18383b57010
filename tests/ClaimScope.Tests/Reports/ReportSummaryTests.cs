using ClaimScope.Core.Model;
using ClaimScope.Reports;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Tests.Reports;

public class ReportSummaryTests
{
    private static PaperClaim Speedup(double value, string unit, ClaimQualifier qualifier = ClaimQualifier.None)
    {
        var paper = HostileReportInput.FormulaPaper;
        return new(paper, new Claim { Kind = ClaimKind.Speedup, Value = value, Unit = unit, Qualifier = qualifier, Text = "x", Start = 0, End = 1 });
    }

    [Fact]
    public void Median_and_largest_speedup_use_the_factor_so_percentages_count_too()
    {
        var input = new ReportInput { Papers = [], Claims = [Speedup(3, "x"), Speedup(50, "%"), Speedup(10, "x", ClaimQualifier.UpTo)] };

        var summary = ReportSummary.Of(input);

        Assert.Equal(3, summary.MedianSpeedupFactor);
        Assert.Equal(10, summary.LargestSpeedup!.Claim.Factor);
        Assert.Equal(1.0 / 3, summary.UpToShare!.Value, 6);
    }

    [Fact]
    public void Gold_claims_give_one_count_per_kind_that_sum_to_all_claims()
    {
        var summary = ReportSummary.Of(GoldReportInput.Value);

        Assert.Equal(4, summary.CountsByKind.Count);
        Assert.Equal(summary.ClaimCount, summary.CountsByKind.Sum(k => k.Value));
        Assert.True(summary.MedianSpeedupFactor > 1);
    }

    [Fact]
    public void Without_claims_the_figures_are_absent_not_zero()
    {
        var summary = ReportSummary.Of(new ReportInput { Papers = [], Claims = [] });

        Assert.Null(summary.MedianSpeedupFactor);
        Assert.Null(summary.LargestSpeedup);
        Assert.Null(summary.UpToShare);
    }
}
