using ClaimScope.Core.Feeds.Formats;

namespace ClaimScope.Tests.Feeds.Formats;

public class ArxivAtomReaderTests
{
    private const string Api = "arxiv_api_atom";

    // Counts checked with grep -c "<entry" per file.
    [Theory]
    [InlineData("2026_id_list-1605.08386.xml", 1)]
    [InlineData("2026_id_list-0808.05394_1707.08567.xml", 1)]
    [InlineData("2026_search_query-testing_max100.xml", 100)]
    [InlineData("legacy-2016_id_list-1111.2011v2.xml", 1)]
    [InlineData("legacy-2016_search_query-au-del_maestro.xml", 10)]
    [InlineData("2026_id_list-0000.0000_empty.xml", 0)]
    public void Reads_every_entry_of_an_api_response(string file, int expected)
    {
        var (records, problems) = FormatSamples.Read(new ArxivAtomReader(), Api, file);

        Assert.Empty(problems);
        Assert.Equal(expected, records.Count);
    }

    [Fact]
    public void Maps_a_2016_entry_and_unwraps_its_title_and_indented_summary()
    {
        var (records, _) = FormatSamples.Read(new ArxivAtomReader(), Api, "legacy-2016_id_list-1111.2011v2.xml");

        var paper = Assert.Single(records);

        Assert.Equal("1111.2011", paper.ArxivId);
        Assert.Equal("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit", paper.Title);
        Assert.StartsWith("Theoretical description of anisotropic systems, such as layered superconductors", paper.Abstract, StringComparison.Ordinal);
        Assert.EndsWith("describing a single node.", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"], paper.Authors);
        Assert.Equal(new DateOnly(2011, 11, 8), paper.Published);
        Assert.Null(paper.ListingDate);
    }

    [Fact]
    public void Maps_a_2026_entry_whose_authors_come_last()
    {
        var (records, _) = FormatSamples.Read(new ArxivAtomReader(), Api, "2026_id_list-1605.08386.xml");

        var paper = Assert.Single(records);

        Assert.Equal("1605.08386", paper.ArxivId);
        Assert.Equal("Heat-bath random walks with Markov bases", paper.Title);
        Assert.Equal(["Caprice Stanley", "Tobias Windisch"], paper.Authors);
        Assert.Equal(new DateOnly(2016, 5, 26), paper.Published);
        Assert.Equal(10, paper.Source.Line);
    }

    [Fact]
    public void Keeps_old_style_ids_with_their_archive()
    {
        var (records, _) = FormatSamples.Read(new ArxivAtomReader(), Api, "legacy-2016_search_query-au-del_maestro.xml");

        Assert.Contains(records, r => r.ArxivId == "cond-mat/0412498");
    }

    [Fact]
    public void Takes_the_code_link_from_the_comment_when_the_abstract_has_none()
    {
        var (records, _) = FormatSamples.Read(new ArxivAtomReader(), Api, "2026_search_query-testing_max100.xml");

        var paper = records.Single(r => r.ArxivId == "1706.00679");

        Assert.Equal("https://github.com/ydecastro/super-resolution-testing", paper.CodeUrl);
    }

    [Fact]
    public void Reports_the_api_error_entry_as_a_problem_with_its_message()
    {
        var (records, problems) = FormatSamples.Read(new ArxivAtomReader(), Api, "2026_id_list-abc_HTTP400_error.xml");

        Assert.Empty(records);
        var problem = Assert.Single(problems);
        Assert.Equal(9, problem.Location.Line);
        Assert.Contains("incorrect id format for abc", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_listing_variant_stripping_the_announcement_prefix()
    {
        var (records, problems) = FormatSamples.Read(new ArxivAtomReader(), "arxiv_rss_feed", "HANDMADE_atom-listing_math.OC_2026-08-21_from-spec.xml");

        Assert.Empty(problems);
        var paper = Assert.Single(records);
        Assert.Equal("2203.01250", paper.ArxivId);
        Assert.StartsWith("We consider first order local minimization problems of the form $\\min", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(["Antonin Monteil", "Paul Pegon"], paper.Authors);
        Assert.Equal(new DateOnly(2026, 8, 21), paper.ListingDate);
        Assert.Null(paper.Published);
    }

    [Fact]
    public void Reports_malformed_xml_at_its_line_and_keeps_the_entries_before_it()
    {
        var text = File.ReadAllText(FormatSamples.Path(Api, "2026_id_list-0808.05394_1707.08567.xml"))
            .Replace("</feed>", "<entry><id>http://arxiv.org/abs/1</id>\n<title>Cut</title>\n</feed>", StringComparison.Ordinal);

        var (records, problems) = FormatSamples.ReadText(new ArxivAtomReader(), text, "cut.xml");

        Assert.Single(records);
        var problem = Assert.Single(problems);
        Assert.Equal("cut.xml", problem.Location.File);
        Assert.Equal(text.Split('\n').Length - 1, problem.Location.Line);
    }

    [Fact]
    public void Refuses_a_document_type_definition()
    {
        const string text = """
            <?xml version="1.0"?>
            <!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2401.00001v1</id><title>&x;</title><summary>s</summary></entry></feed>
            """;

        var (records, problems) = FormatSamples.ReadText(new ArxivAtomReader(), text);

        Assert.Empty(records);
        Assert.Contains("DTD", Assert.Single(problems).Message, StringComparison.Ordinal);
    }
}
