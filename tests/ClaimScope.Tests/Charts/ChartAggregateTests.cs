using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;
using ClaimScope.Reports.Charts;

namespace ClaimScope.Tests.Charts;

/// <summary>The numbers the charts draw, against values worked out by hand.</summary>
public class ChartAggregateTests
{
    private static readonly Paper PaperA = Paper("a", "FlashThing: fast attention", new DateOnly(2025, 1, 6), "https://github.com/x/y");
    private static readonly Paper PaperB = Paper("b", "Other paper", new DateOnly(2025, 1, 7), null);

    private static Paper Paper(string id, string title, DateOnly listed, string? code) => new()
    {
        Id = id,
        Title = title,
        Abstract = "We are 3x faster than FlashAttention.",
        CodeUrl = code,
        Appearances = [new PaperAppearance(listed, new SourceLocation("l.txt", 1), null)],
    };

    private static Claim Speedup(double value, double? low = null, string? baseline = null, ClaimQualifier qualifier = ClaimQualifier.None) => new()
    {
        Kind = ClaimKind.Speedup, Value = value, Low = low, Unit = "x", Qualifier = qualifier, Baseline = baseline,
        Text = "3x faster", Start = 7, End = 16,
    };

    [Fact]
    public void Quartiles_interpolate_between_order_statistics()
    {
        double[] sorted = [1, 2, 3, 4];

        Assert.Equal(2.5, ClaimTrends.Quantile(sorted, 0.5), 9);
        Assert.Equal(1.75, ClaimTrends.Quantile(sorted, 0.25), 9);
        Assert.Equal(3.25, ClaimTrends.Quantile(sorted, 0.75), 9);
    }

    [Fact]
    public void A_period_gives_its_count_and_geometric_quartiles()
    {
        // Factors 1, 10, 100 in January: log median 1 → 10×; quartiles at logs 0.5 and 1.5.
        (DateOnly, double)[] claims = [(new(2025, 1, 3), 1), (new(2025, 1, 20), 10), (new(2025, 1, 31), 100), (new(2025, 2, 1), 4)];

        var periods = ClaimTrends.Periods(claims, quarters: false);

        Assert.Equal([new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1)], periods.Select(p => p.Start));
        Assert.Equal([3, 1], periods.Select(p => p.Count));
        Assert.Equal(10, periods[0].Median, 6);
        Assert.Equal(Math.Pow(10, 0.5), periods[0].Lower, 6);
        Assert.Equal(Math.Pow(10, 1.5), periods[0].Upper, 6);
    }

    [Fact]
    public void Quarters_are_used_when_dates_span_more_than_two_years()
    {
        Assert.True(ClaimTrends.UseQuarters(new DateOnly(2024, 1, 1), new DateOnly(2026, 3, 1)));
        Assert.False(ClaimTrends.UseQuarters(new DateOnly(2025, 1, 1), new DateOnly(2026, 3, 1)));
        Assert.Equal(new DateOnly(2025, 4, 1), ClaimTrends.PeriodStart(new DateOnly(2025, 6, 30), quarters: true));
    }

    [Fact]
    public void The_weighted_line_through_medians_matches_the_hand_computed_slope()
    {
        // Points (0,0) w1, (1,1) w1, (2,4) w2: mean x = 1.25, mean y = 2.25; Sxy = 2.8125 + 0.3125 + 2·0.75·1.75 = 5.75, Sxx = 1.5625 + 0.0625 + 2·0.5625 = 2.75.
        var line = ClaimTrends.WeightedSlope([0, 1, 2], [0, 1, 4], [1, 1, 2])!.Value;

        Assert.Equal(5.75 / 2.75, line.Slope, 9);
        Assert.Equal(1.25, line.CenterYears, 9);
        Assert.Equal(2.25, line.CenterLog, 9);
    }

    [Fact]
    public void Claims_that_double_every_year_fit_a_trend_of_2x_per_year()
    {
        var start = new DateOnly(2023, 1, 1);
        var claims = Enumerable.Range(0, 36)
            .SelectMany(m => new[] { 0.8, 1.0, 1.25 }.Select(spread => (start.AddMonths(m), spread * Math.Pow(2, m / 12.0))))
            .ToList();

        var fit = ClaimTrends.Fit(claims)!;

        Assert.Equal(108, fit.Count);
        Assert.InRange(fit.PerYear, 1.95, 2.05);
        Assert.InRange(2.0, fit.PerYearLow, fit.PerYearHigh);
        Assert.True(fit.IsSignificant);
    }

    [Fact]
    public void Flat_claims_give_no_significant_trend()
    {
        var random = new Random(3);
        var claims = Enumerable.Range(0, 400).Select(i => (new DateOnly(2024, 1, 1).AddDays(i * 2), Math.Pow(10, random.NextDouble()))).ToList();

        var fit = ClaimTrends.Fit(claims)!;

        Assert.InRange(1.0, fit.PerYearLow, fit.PerYearHigh);
        Assert.False(fit.IsSignificant);
    }

    [Fact]
    public void The_baseline_board_groups_spellings_and_ranks_by_papers_beating_it()
    {
        PaperClaim[] claims =
        [
            new(PaperA, Speedup(2, baseline: "FlashAttention")),
            new(PaperB, Speedup(8, baseline: "flashattention ")),
            new(PaperA, Speedup(4, baseline: "vLLM")),
            new(PaperA, Speedup(16, baseline: "vLLM")),
            new(PaperA, Speedup(3, baseline: "vLLM")),
            new(PaperB, Speedup(5)),
        ];

        var board = BaselineBoard.Of(claims);

        Assert.Equal(["FlashAttention", "vLLM"], board.Select(r => r.Name));
        Assert.Equal((2, 2), (board[0].Claims.Count, board[0].PaperCount));
        Assert.Equal(4, board[0].MedianFactor!.Value, 9); // geometric median of 2 and 8
        Assert.Equal(4, board[1].MedianFactor!.Value, 9); // median of 3, 4, 16
        Assert.Equal([3.0, 4, 16], board[1].Factors);
    }

    [Fact]
    public void The_largest_chart_ranks_a_range_by_its_low_end_and_names_the_baseline()
    {
        FactorClaim[] speedups =
        [
            new(PaperA, Speedup(53, low: 9, baseline: "ROCKET", qualifier: ClaimQualifier.UpTo), 53, 0),
            new(PaperB, Speedup(20), 20, 1),
        ];

        var ranked = LargestSpeedupsChart.Rank(speedups, 10);

        Assert.Equal([1, 0], ranked.Select(r => r.Index));
        Assert.Equal("up to 9–53× vs ROCKET", LargestSpeedupsChart.Label(ranked[1]));
    }

    [Fact]
    public void An_improvement_stated_in_x_has_a_factor_and_a_percent_one_does_not()
    {
        var times = new Claim { Kind = ClaimKind.Improvement, Value = 3, Unit = "x", Text = "3x", Start = 0, End = 2 };
        var percent = times with { Unit = "%" };

        Assert.Equal(3, ClaimFacts.Factor(times));
        Assert.Null(ClaimFacts.Factor(percent));
    }

    [Fact]
    public void A_claim_is_credible_when_exact_with_a_baseline_and_code()
    {
        Assert.True(ClaimFacts.IsCredible(new PaperClaim(PaperA, Speedup(3, baseline: "FlashAttention"))));
        Assert.False(ClaimFacts.IsCredible(new PaperClaim(PaperA, Speedup(3, baseline: "FlashAttention", qualifier: ClaimQualifier.UpTo))));
        Assert.False(ClaimFacts.IsCredible(new PaperClaim(PaperA, Speedup(3))));
        Assert.False(ClaimFacts.IsCredible(new PaperClaim(PaperB, Speedup(3, baseline: "FlashAttention"))));
    }

    [Fact]
    public void Largest_chart_bars_link_to_their_claims_with_a_tooltip_in_the_svg()
    {
        using var dir = new TempFolder();
        var input = new ClaimScope.Reports.ReportInput { Papers = [PaperA, PaperB], Claims = [new(PaperB, Speedup(20)), new(PaperA, Speedup(53, baseline: "ROCKET"))] };

        var image = ChartSet.Render(new LargestSpeedupsChart(), new ChartData(input), dir.Path);

        var svg = System.Xml.Linq.XDocument.Load(image.SvgPath);
        var links = svg.Descendants().Where(e => e.Name.LocalName == "a").ToList();
        Assert.Equal(["index.html#claim=1", "index.html#claim=0"], links.Select(a => a.Attribute("href")!.Value));
        Assert.Equal("FlashThing: fast attention: 53× vs ROCKET — “3x faster”", links[0].Descendants().Single(e => e.Name.LocalName == "title").Value);
        Assert.Equal([1, 0], image.LinkedClaims);
    }
}
