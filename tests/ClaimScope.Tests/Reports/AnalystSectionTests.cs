using ClaimScope.Core.Model;
using ClaimScope.Reports;
using ClaimScope.Reports.Analysis;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Tests.Reports;

/// <summary>This week, coverage and the display fixes, from small hand-made inputs.</summary>
public class AnalystSectionTests
{
    private static Paper Listed(string id, params int[] days) => new()
    {
        Id = id,
        Title = "Paper " + id,
        Abstract = "We are 3x faster.",
        Appearances = [.. days.Select(d => new PaperAppearance(new DateOnly(2025, 1, d), new SourceLocation("l.txt", d), null))],
    };

    private static Claim Speedup(double value) => new() { Kind = ClaimKind.Speedup, Value = value, Unit = "x", Text = "3x faster", Start = 7, End = 16 };

    [Fact]
    public void This_week_covers_the_seven_days_up_to_the_newest_listing_and_marks_new_papers()
    {
        Paper old = Listed("old", 1), seen = Listed("seen", 10, 14), fresh = Listed("fresh", 14);
        var input = new ReportInput { Papers = [old, seen, fresh], Claims = [new(old, Speedup(90)), new(seen, Speedup(2)), new(fresh, Speedup(5))] };

        var week = ThisWeek.Of(input)!;

        Assert.Equal([new DateOnly(2025, 1, 10), new DateOnly(2025, 1, 14)], week.Listings);
        Assert.Equal(["seen", "fresh"], week.Papers.Select(p => p.Id));
        Assert.Equal(["fresh"], week.NewPapers.Select(p => p.Id));
        Assert.Equal(new DateOnly(2025, 1, 10), week.PreviousListing);
        Assert.Equal([2, 1], week.TopClaims.Select(c => c.Index));
    }

    [Fact]
    public void The_coverage_line_names_listings_dates_and_unlisted_papers()
    {
        var unlisted = Listed("u") with { Appearances = [new PaperAppearance(null, new SourceLocation("x.json", 1), null)] };
        var input = new ReportInput { Papers = [Listed("a", 6), Listed("b", 9), unlisted], Claims = [] };

        Assert.Equal("0 claims in 3 papers from 2 daily listings, 2025-01-06 to 2025-01-09 (1 paper has no listing date).", Coverage.Of(input).Sentence());
    }

    [Theory]
    [InlineData(@"a 6.2\times$$ speedup", "a 6.2× speedup")]
    [InlineData(@"$\sim$3x faster", "~3x faster")]
    [InlineData("sim3x faster", "~3x faster")]
    [InlineData("similar 3x", "similar 3x")]
    public void Evidence_shows_latex_as_the_symbol_it_stands_for(string text, string shown) =>
        Assert.Equal(shown, DisplayText.Evidence(text));

    [Theory]
    [InlineData("execution time time", "execution time")]
    [InlineData("ttft", "TTFT")]
    [InlineData("kv cache", "KV cache")]
    public void Targets_say_a_word_once_and_keep_acronyms_upper_case(string target, string shown) =>
        Assert.Equal(shown, DisplayText.Target(target));

    [Fact]
    public void A_reduction_read_from_its_complement_shows_the_stated_number()
    {
        var claim = new Claim { Kind = ClaimKind.Reduction, Value = 60, Unit = "%", Text = "using only 40% of the data", Start = 0, End = 26 };

        Assert.Equal("40% of", ClaimFacts.StatedValue(claim));
        Assert.Equal(40, ClaimFacts.StatedNumber(claim));
        Assert.Equal("60%", ClaimFacts.StatedValue(claim with { Text = "60% less data" }));
    }
}
