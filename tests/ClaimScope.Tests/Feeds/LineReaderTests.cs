using ClaimScope.Core.Feeds;

namespace ClaimScope.Tests.Feeds;

/// <summary>The capped line reader: the line endings ReadLine knows, and a long line passed over, not held.</summary>
public class LineReaderTests
{
    private static List<LineReader.Line> Lines(string text, int max = 100)
    {
        var reader = new LineReader(new StringReader(text), max);
        var lines = new List<LineReader.Line>();
        while (reader.TryRead(out var line))
        {
            lines.Add(line);
        }

        return lines;
    }

    [Fact]
    public void Splits_on_line_feed_carriage_return_and_both()
    {
        var lines = Lines("one\ntwo\r\nthree\rfour");

        Assert.Equal(["one", "two", "three", "four"], lines.Select(l => l.Text));
        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.Number));
    }

    [Fact]
    public void A_line_over_the_cap_comes_back_without_text_but_with_its_number_and_length()
    {
        var lines = Lines("short\n" + new string('x', 250_000) + "\nafter\n", max: 1000);

        Assert.Equal(3, lines.Count);
        Assert.True(lines[1].TooLong);
        Assert.Equal((2, 250_000L), (lines[1].Number, lines[1].Length));
        Assert.Equal("after", lines[2].Text);
    }

    [Fact]
    public void A_crlf_split_across_the_read_buffer_is_one_line_break()
    {
        // The 64k buffer ends between '\r' and '\n'.
        var first = new string('a', (1 << 16) - 1);

        var lines = Lines(first + "\r\nnext", max: 1 << 20);

        Assert.Equal([first, "next"], lines.Select(l => l.Text));
    }
}
