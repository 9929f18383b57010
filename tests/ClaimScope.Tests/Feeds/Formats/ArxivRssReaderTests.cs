using ClaimScope.Core.Feeds.Formats;

namespace ClaimScope.Tests.Feeds.Formats;

public class ArxivRssReaderTests
{
    private const string Format = "arxiv_rss_feed";
    private const string HandMade = "HANDMADE_rss_cs.LG_2026-08-21_from-spec.xml";

    [Fact]
    public void Reads_every_item_of_the_hand_made_listing()
    {
        // Three <item> elements (grep -c "<item>").
        var (records, problems) = FormatSamples.Read(new ArxivRssReader(), Format, HandMade);

        Assert.Empty(problems);
        Assert.Equal(["2203.01250", "2608.19880", "2608.99999"], records.Select(r => r.ArxivId));
    }

    [Fact]
    public void Maps_the_spec_example_item()
    {
        var (records, _) = FormatSamples.Read(new ArxivRssReader(), Format, HandMade);

        var paper = records[0];

        Assert.Equal("Mass concentration in rescaled first order integral functionals", paper.Title);
        Assert.StartsWith("We consider first order local minimization problems", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(["Antonin Monteil", "Paul Pegon"], paper.Authors);
        Assert.Equal(new DateOnly(2026, 8, 21), paper.ListingDate);
        Assert.Null(paper.Published);
        Assert.Equal(22, paper.Source.Line);
    }

    [Fact]
    public void Decodes_entities_and_keeps_latex_in_the_abstract()
    {
        var (records, _) = FormatSamples.Read(new ArxivRssReader(), Format, HandMade);

        var paper = records[2];

        Assert.Contains("a batch size < 64 & a $3.2\\times$ speedup over the baseline > 90%", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal("https://github.com/example/handmade-sample", paper.CodeUrl);
    }

    [Fact]
    public void Reads_a_weekend_feed_without_items_as_no_records_and_no_problems()
    {
        const string text = """
            <?xml version='1.0' encoding='UTF-8'?>
            <rss version="2.0"><channel><title>cs.LG updates on arXiv.org</title><skipDays><day>Saturday</day></skipDays></channel></rss>
            """;

        var (records, problems) = FormatSamples.ReadText(new ArxivRssReader(), text);

        Assert.Empty(records);
        Assert.Empty(problems);
    }

    [Fact]
    public void Reports_an_item_without_description_at_its_line_and_keeps_the_others()
    {
        const string text = """
            <rss version="2.0"><channel>
            <item><title>Kept</title><link>https://arxiv.org/abs/2401.00001</link><description>arXiv:2401.00001v1 Announce Type: new 
            Abstract: Text.</description></item>
            <item><title>Broken</title><link>https://arxiv.org/abs/2401.00002</link></item>
            </channel></rss>
            """;

        var (records, problems) = FormatSamples.ReadText(new ArxivRssReader(), text, "feed.xml");

        Assert.Equal("Text.", Assert.Single(records).Abstract);
        Assert.Equal("feed.xml:4", Assert.Single(problems).Location.ToString());
    }
}
