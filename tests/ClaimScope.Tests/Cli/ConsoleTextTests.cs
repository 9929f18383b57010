using ClaimScope.Cli.Infrastructure;

namespace ClaimScope.Tests.Cli;

/// <summary>Feed text printed on a terminal loses the characters escape sequences are made of.</summary>
public class ConsoleTextTests
{
    [Theory]
    [InlineData("title\u001b]0;owned\u0007 here", "title]0;owned here")]
    [InlineData("red \u001b[31mtext\u001b[0m", "red [31mtext[0m")]
    [InlineData("c1 \u009b2J csi", "c1 2J csi")]
    [InlineData("bidi \u202Eevil\u202C", "bidi evil")]
    [InlineData("two\nlines\r\tand tab", "two lines  and tab")]
    [InlineData("plain ≥ 2× faster", "plain ≥ 2× faster")]
    public void Control_characters_are_dropped_and_line_breaks_become_spaces(string text, string printed) =>
        Assert.Equal(printed, ConsoleText.Line(text));

    [Fact]
    public void A_warning_about_hostile_text_is_one_clean_line()
    {
        var error = new StringWriter();
        var context = new CliContext(new StringWriter(), error, () => Stream.Null, interactive: false);

        context.Warn("entry 'a\u001b[2Jb\nc' skipped");

        Assert.Equal("claimscope: warning: entry 'a[2Jb c' skipped" + Environment.NewLine, error.ToString());
    }
}
