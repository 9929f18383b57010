using ClaimScope.Core.Feeds.Formats;

namespace ClaimScope.Tests.Feeds.Formats;

public class FeedTextTests
{
    [Fact]
    public void Joins_a_title_wrapped_with_an_indented_continuation_line()
    {
        // Title of 0704.0001 in the arXiv snapshot, as stored.
        var title = FeedText.Normalise("Calculation of prompt diphoton production cross sections at Tevatron and\n  LHC energies");

        Assert.Equal("Calculation of prompt diphoton production cross sections at Tevatron and LHC energies", title);
    }

    [Fact]
    public void Drops_the_leading_indent_and_trailing_newline_of_a_snapshot_abstract()
    {
        var text = FeedText.Normalise("  A fully differential calculation in perturbative quantum chromodynamics is\npresented for the production of massive photon pairs at hadron colliders.\n");

        Assert.Equal("A fully differential calculation in perturbative quantum chromodynamics is presented for the production of massive photon pairs at hadron colliders.", text);
    }

    [Fact]
    public void Turns_a_paragraph_break_into_a_single_space()
    {
        var text = FeedText.Normalise("selection of events.\n  We also study\tthe 54.6\\% speedup");

        Assert.Equal("selection of events. We also study the 54.6\\% speedup", text);
    }

    [Fact]
    public void Splits_an_author_string_on_commas_and_and()
    {
        var authors = FeedText.SplitAuthors("C. Bal\\'azs, E. L. Berger, P. M. Nadolsky and C.-P. Yuan");

        Assert.Equal(["C. Bal\\'azs", "E. L. Berger", "P. M. Nadolsky", "C.-P. Yuan"], authors);
    }

    [Theory]
    [InlineData("Mon, 2 Apr 2007 19:18:42 GMT", 2007, 4, 2)]
    [InlineData("Wed, 06 Aug 2025 15:59:18 GMT", 2025, 8, 6)]
    [InlineData("Fri, 23 Feb 2024 00:00:00 -0500", 2024, 2, 23)]
    public void Reads_the_day_of_an_rfc_822_timestamp_as_written(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), FeedDates.FromRfc822(text));
    }

    [Theory]
    [InlineData("http://arxiv.org/abs/1111.2011v2", "1111.2011")]
    [InlineData("oai:arXiv.org:2203.01250v3", "2203.01250")]
    [InlineData("https://arxiv.org/abs/2203.01250", "2203.01250")]
    [InlineData("http://arxiv.org/abs/hep-ph/0301050v2", "hep-ph/0301050")]
    [InlineData("https://arxiv.org/api/errors#incorrect_id_format_for_abc", null)]
    public void Reads_the_versionless_arxiv_id(string text, string? expected)
    {
        Assert.Equal(expected, ArxivIdentifier.Parse(text));
    }
}
