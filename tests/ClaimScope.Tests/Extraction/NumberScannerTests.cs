using ClaimScope.Core.Extraction.Scanning;

namespace ClaimScope.Tests.Extraction;

[Collection(MeasuringCollection.Name)]
public class NumberScannerTests
{
    [Theory]
    [InlineData("runs 3x faster", 3)]
    [InlineData("runs 3X faster", 3)]
    [InlineData("runs 3× faster", 3)]
    [InlineData("runs 3 times faster", 3)]
    [InlineData("runs 3times faster", 3)]
    [InlineData("runs 3\\times faster", 3)]
    [InlineData("runs $3\\times$ faster", 3)]
    [InlineData("a 3-fold speedup", 3)]
    [InlineData("a threefold speedup", 3)]
    [InlineData("twice as fast", 2)]
    [InlineData("it doubles throughput", 2)]
    [InlineData("an order of magnitude faster", 10)]
    [InlineData("two orders of magnitude faster", 100)]
    [InlineData("it achieves a two-order-of-magnitude reduction in memory", 100)]
    [InlineData("an order-of-magnitude speedup", 10)]
    [InlineData("ten-fold throughput", 10)]
    public void Reads_every_spelling_of_a_factor(string text, double value)
    {
        var token = Assert.Single(NumberScanner.Scan(text));

        Assert.Equal(NumberUnit.Factor, token.Unit);
        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("cuts memory by ~20%")]
    [InlineData("cuts memory by sim20%")]
    [InlineData("cuts memory by approx 20%")]
    [InlineData("cuts memory by 20\\%")]
    [InlineData("cuts memory by 20 %")]
    [InlineData("cuts memory by 20 percent")]
    public void Reads_every_spelling_of_a_percentage(string text)
    {
        var token = Assert.Single(NumberScanner.Scan(text));

        Assert.Equal(NumberUnit.Percent, token.Unit);
        Assert.Equal(20, token.Value);
    }

    [Fact]
    public void Halves_is_fifty_percent()
    {
        var token = Assert.Single(NumberScanner.Scan("halves the KV cache"));

        Assert.Equal((50, NumberUnit.Percent), (token.Value, token.Unit));
    }

    [Theory]
    [InlineData("a 2-3x speedup", 2, 3)]
    [InlineData("a 2.2-3.3X speedup", 2.2, 3.3)]
    [InlineData("between 1.5 and 2.4 times faster", 1.5, 2.4)]
    [InlineData("enhances inference speed by 2 to 10 times", 2, 10)]
    [InlineData("improves by 1.0%-1.3%", 1.0, 1.3)]
    [InlineData("up to 1.4times-9times reduction", 1.4, 9)]
    public void Reads_a_range_with_its_low_end(string text, double low, double high)
    {
        var token = Assert.Single(NumberScanner.Scan(text));

        Assert.Equal(low, token.Low);
        Assert.Equal(high, token.Value);
    }

    [Theory]
    [InlineData("decode throughput of 1,943 tokens/s", 1943)]
    [InlineData("over 1.2k requests", 1200)]
    [InlineData("saving 4.4 million TPU hours", 4_400_000)]
    public void Reads_thousands_separators_and_magnitude_words(string text, double value)
    {
        Assert.Equal(value, NumberScanner.Scan(text)[0].Value);
    }

    [Fact]
    public void A_duration_written_out_is_a_measure()
    {
        var token = Assert.Single(NumberScanner.Scan("training completes in only three weeks"));

        Assert.Equal((3.0, NumberUnit.Measure, "weeks"), (token.Value, token.Unit, token.UnitText));
    }

    [Fact]
    public void The_span_covers_number_range_and_unit()
    {
        const string text = "achieves a 2.2-3.3X speedup";

        var token = Assert.Single(NumberScanner.Scan(text));

        Assert.Equal("2.2-3.3X", text[token.Start..token.End]);
    }

    [Fact]
    public void Marks_numbers_glued_into_names()
    {
        var tokens = NumberScanner.Scan("Llama-2-70B and a 7B model");

        Assert.All(tokens, t => Assert.True(t.AttachedLeft || t.AttachedRight));
    }

    [Fact]
    public void A_ten_megabyte_line_scans_every_number()
    {
        var line = string.Concat(Enumerable.Repeat("reduces memory by 40% and runs 3.2x faster than Llama-2-70B, ", 170_000));

        var tokens = NumberScanner.Scan(line);

        Assert.True(line.Length > 10_000_000);
        Assert.Equal(170_000 * 4, tokens.Count);
    }

    [Theory]
    [InlineData("outperform other methods by an average of 19% points")]
    [InlineData("outperform other methods by 19\\% points")]
    public void Reads_a_percent_sign_before_points_as_percentage_points(string text)
    {
        var token = Assert.Single(NumberScanner.Scan(text));

        Assert.Equal((NumberUnit.PercentagePoints, 19.0), (token.Unit, token.Value));
    }

    [Fact]
    public void Reads_a_range_whose_ends_are_each_in_latex_math()
    {
        var token = Assert.Single(NumberScanner.Scan("It yields $1.8\\times$--$2.3\\times$ faster inference."));

        Assert.Equal((NumberUnit.Factor, 2.3, (double?)1.8), (token.Unit, token.Value, token.Low));
    }
}
