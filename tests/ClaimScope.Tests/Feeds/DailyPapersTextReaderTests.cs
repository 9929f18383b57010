using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Feeds;

public class DailyPapersTextReaderTests
{
    private static (List<PaperRecord> Records, List<FeedProblem> Problems) ReadFile(string name, FeedReadOptions? options = null)
    {
        var problems = new List<FeedProblem>();
        using var reader = new StreamReader(SeedData.Feed(name));
        var records = new DailyPapersTextReader().Read(reader, name, options ?? FeedReadOptions.Default, problems.Add).ToList();
        return (records, problems);
    }

    private static List<PaperRecord> ReadText(string text, List<FeedProblem>? problems = null) =>
        new DailyPapersTextReader().Read(new StringReader(text), "inline.txt", FeedReadOptions.Default, (problems ?? []).Add).ToList();

    [Theory]
    [InlineData("000_0b748c4145386771.txt", 58)]
    [InlineData("001_db84a947e924733a.txt", 63)]
    [InlineData("002_2903ebea94aed6e0.txt", 95)]
    [InlineData("003_71592d889472a176.txt", 89)]
    [InlineData("004_1c38a8b04bb44470.txt", 58)]
    public void Reads_every_entry_of_each_seed_listing_without_problems(string file, int expected)
    {
        var (records, problems) = ReadFile(file);

        Assert.Empty(problems);
        Assert.Equal(expected, records.Count);
    }

    [Fact]
    public void Reads_an_organisation_line_as_slug_and_display_name()
    {
        var (records, _) = ReadFile("000_0b748c4145386771.txt");

        var paper = records.Single(r => r.Title == "The Art of Scaling Reinforcement Learning Compute for LLMs");

        Assert.Equal(new Organisation("facebook", "AI at Meta"), paper.Organisation);
        Assert.Null(paper.AuthorCount);
    }

    [Fact]
    public void Reads_the_upvote_count_that_trails_a_date()
    {
        var (records, _) = ReadFile("000_0b748c4145386771.txt");

        var paper = records.Single(r => r.Title.StartsWith("OpenVLA:", StringComparison.Ordinal));

        Assert.Equal(1, paper.Upvotes);
        Assert.Equal(new DateOnly(2024, 6, 13), paper.Published);
        Assert.Equal(18, paper.AuthorCount);
    }

    [Fact]
    public void Places_a_yearless_date_in_the_year_after_the_newest_explicit_year()
    {
        var (records, _) = ReadFile("000_0b748c4145386771.txt");

        var paper = records.Single(r => r.Title == "The Art of Scaling Reinforcement Learning Compute for LLMs");

        // The newest explicit year in this listing is 2024, so "Dec 8" is 2025 and "Oct 15" too.
        Assert.Equal(new DateOnly(2025, 12, 8), paper.ListingDate);
        Assert.Equal(new DateOnly(2025, 10, 15), paper.Published);
        Assert.Equal(2, paper.Upvotes);
    }

    [Fact]
    public void An_as_of_date_overrides_the_inferred_listing_year()
    {
        var (records, _) = ReadFile("000_0b748c4145386771.txt", new FeedReadOptions { AsOf = new DateOnly(2030, 12, 8) });

        var paper = records.Single(r => r.Title == "The Art of Scaling Reinforcement Learning Compute for LLMs");

        Assert.Equal(new DateOnly(2030, 10, 15), paper.Published);
    }

    [Fact]
    public void A_yearless_date_after_the_listing_date_belongs_to_the_year_before()
    {
        const string listing = "Daily Papers\n\nbyAK and the research community\n\nFeb 2\n\nA Title\n\nAn abstract.\n\n  • 3 authors\n·\nDec 30\n\nOld\n\nAbstract two.\n\n  • 1 authors\n·\nMar 3, 2024\n";

        var records = ReadText(listing);

        Assert.Equal(new DateOnly(2025, 2, 2), records[0].ListingDate);
        Assert.Equal(new DateOnly(2024, 12, 30), records[0].Published);
    }

    [Fact]
    public void Reads_the_listing_without_meta_blocks()
    {
        var (records, _) = ReadFile("002_2903ebea94aed6e0.txt");

        var paper = records[0];

        Assert.StartsWith("Feather the Throttle", paper.Title, StringComparison.Ordinal);
        Assert.StartsWith("Recent works on accelerating", paper.Abstract, StringComparison.Ordinal);
        Assert.Null(paper.AuthorCount);
        Assert.Null(paper.Published);
        Assert.Equal(new SourceLocation("002_2903ebea94aed6e0.txt", 11), paper.Source);
    }

    [Fact]
    public void Keeps_a_github_link_in_the_abstract_as_the_code_url()
    {
        var (records, _) = ReadFile("003_71592d889472a176.txt");

        Assert.Contains(records, r => r.CodeUrl == "https://github.com/tyfeld/Bottleneck-Sampling");
    }

    [Fact]
    public void Reports_a_text_without_a_page_header_as_not_a_listing()
    {
        var problems = new List<FeedProblem>();

        var records = ReadText("Hello\nthis is a shopping list\n", problems);

        Assert.Empty(records);
        var problem = Assert.Single(problems);
        Assert.Equal(1, problem.Location.Line);
    }

    [Fact]
    public void Skips_an_entry_with_a_broken_date_and_keeps_the_others()
    {
        const string listing = "Daily Papers\n\nbyAK and the research community\n\nDec 8\n\nFirst\n\nAbstract one.\n\n  • 3 authors\n·\nSmarch 99\n\nSecond\n\nAbstract two.\n\n  • 1 authors\n·\nDec 1\n";
        var problems = new List<FeedProblem>();

        var records = ReadText(listing, problems);

        Assert.Equal("Second", Assert.Single(records).Title);
        var problem = Assert.Single(problems);
        Assert.Equal(13, problem.Location.Line);
        Assert.Contains("Smarch 99", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_listing_copied_without_the_page_header()
    {
        var seed = File.ReadAllLines(SeedData.Feed("000_0b748c4145386771.txt"));
        var withoutHeader = string.Join('\n', seed.SkipWhile(l => l != "Dec 8"));
        var problems = new List<FeedProblem>();

        Assert.True(new DailyPapersTextReader().CanRead(withoutHeader));
        var records = ReadText(withoutHeader, problems);

        Assert.Empty(problems);
        Assert.Equal(58, records.Count);
        Assert.Equal(new DateOnly(2025, 12, 8), records[0].ListingDate);
    }

    [Fact]
    public void Does_not_claim_json_or_xml_or_short_notes()
    {
        var reader = new DailyPapersTextReader();

        Assert.False(reader.CanRead("[{\"paper\": {\"id\": \"2410.1\"}}]"));
        Assert.False(reader.CanRead("<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
        Assert.False(reader.CanRead("Hello\nthis is a shopping list\n"));
    }
}
