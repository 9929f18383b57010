using ClaimScope.Reports.Charts;

namespace ClaimScope.Tests.Charts;

public class LogScaleTests
{
    private static string[] MajorLabels(double min, double max)
    {
        var (low, high) = LogScale.Range(min, max);
        return [.. LogScale.TickList(low, high, "×").Where(t => t.IsMajor).Select(t => t.Label)];
    }

    [Fact]
    public void Labels_one_to_a_hundred_at_1_2_5_10_20_50_100()
    {
        Assert.Equal(["1×", "2×", "5×", "10×", "20×", "50×", "100×"], MajorLabels(1, 100));
    }

    [Fact]
    public void A_narrow_range_still_gets_several_labels()
    {
        var labels = MajorLabels(1.1, 1.5);

        Assert.InRange(labels.Length, 3, 10);
        Assert.Contains("1.2×", labels);
    }

    [Fact]
    public void Eight_decades_get_at_most_ten_labels_with_thousands_separators()
    {
        var labels = MajorLabels(1, 1e8);

        Assert.InRange(labels.Length, 4, 10);
        Assert.Contains("10,000×", labels);
    }

    [Fact]
    public void The_axis_starts_on_a_labelled_value_when_that_costs_little_width()
    {
        var (low, high) = LogScale.Range(1.07, 40);

        Assert.InRange(low, -0.1, 0);
        Assert.Contains(LogScale.TickList(low, high, "×"), t => t.IsMajor && t.Label == "1×");
    }
}
