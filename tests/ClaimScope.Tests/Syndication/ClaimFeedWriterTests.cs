using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Syndication;
using ClaimScope.Tests.Reports;

namespace ClaimScope.Tests.Syndication;

public sealed class ClaimFeedWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 10, 6, 0, 0, TimeSpan.Zero);

    private static ClaimFeed Feed => ClaimFeedBuilder.Build(
        [.. HostileReportInput.Claims, .. GoldReportInput.Value.Claims.Take(40)], "Hostile & <gold>", "--min-factor 5", 100, Now);

    [Fact]
    public void The_atom_feed_follows_the_rfc_4287_rules()
    {
        var document = XDocument.Parse(Atom(Feed));

        AtomRules.Check(document);
        Assert.Equal(Feed.Entries.Count, document.Root!.Elements(AtomRules.Atom + "entry").Count());
    }

    [Fact]
    public void Hostile_titles_and_evidence_stay_text_in_the_atom_feed()
    {
        var entry = Entry(XDocument.Parse(Atom(Feed)), HostileReportInput.ScriptPaper);

        Assert.Equal(HostileReportInput.ScriptTitle, entry.Element(AtomRules.Atom + "title")!.Value);
        Assert.Empty(entry.Descendants(AtomRules.Xhtml + "script"));
        Assert.Empty(entry.Descendants(AtomRules.Xhtml + "img"));
        Assert.Contains(entry.Descendants(AtomRules.Xhtml + "q"), q => q.Value == HostileReportInput.ImageEvidence);
        Assert.Contains(HostileReportInput.HostileBaseline, entry.Descendants(AtomRules.Xhtml + "li").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_javascript_code_link_never_becomes_a_link()
    {
        var feed = Atom(Feed);

        Assert.DoesNotContain("javascript:", feed, StringComparison.Ordinal);
        Assert.Contains("https://github.com/x/y", feed, StringComparison.Ordinal);
    }

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped_instead_of_breaking_the_feed()
    {
        var paper = HostileReportInput.ScriptPaper with { Title = "Bell\u0007 and\u0000 nul", Id = "t-control" };
        var claim = HostileReportInput.Claims[0].Claim;

        var document = XDocument.Parse(Atom(ClaimFeedBuilder.Build([new PaperClaim(paper, claim)], "t", "q", 10, Now)));

        Assert.Equal("Bell and nul", Entry(document, paper).Element(AtomRules.Atom + "title")!.Value);
    }

    [Fact]
    public void One_entry_per_paper_with_all_its_claims_and_an_id_from_the_paper_key()
    {
        var gold = GoldReportInput.Value.Claims.Take(40).ToList();

        var feed = ClaimFeedBuilder.Build(gold, "t", "q", 100, Now);

        Assert.Equal(gold.Select(c => c.Paper.Id).Distinct(), feed.Entries.Select(e => e.Paper.Id));
        Assert.Equal(gold.Count, feed.Entries.Sum(e => e.Claims.Count));
        Assert.All(feed.Entries, e => Assert.Equal("urn:claimscope:paper:" + e.Paper.Id, e.Id));
    }

    [Fact]
    public void The_feed_stops_at_the_wanted_number_of_papers()
    {
        var feed = ClaimFeedBuilder.Build(GoldReportInput.Value.Claims, "t", "q", 3, Now);

        Assert.Equal(3, feed.Entries.Count);
    }

    [Fact]
    public void The_same_question_gives_the_same_feed_id_and_another_question_another()
    {
        Assert.Equal(ClaimFeedBuilder.FeedId("--min-factor 5"), Feed.Id);
        Assert.NotEqual(ClaimFeedBuilder.FeedId("--min-factor 6"), Feed.Id);
    }

    [Fact]
    public void The_json_feed_has_the_required_json_feed_1_1_fields()
    {
        using var document = JsonDocument.Parse(Json(Feed));
        var root = document.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("Hostile & <gold>", root.GetProperty("title").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(Feed.Entries.Count, items.Count);
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
        Assert.All(items, item =>
        {
            Assert.False(string.IsNullOrEmpty(item.GetProperty("content_text").GetString()));
            Assert.True(DateTimeOffset.TryParse(item.GetProperty("date_modified").GetString(), System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.True(item.GetProperty("_claimscope").GetProperty("claims").GetArrayLength() > 0);
        });
        var hostile = items.Single(i => i.GetProperty("title").GetString() == HostileReportInput.ScriptTitle);
        Assert.False(hostile.TryGetProperty("external_url", out _));
    }

    private static XElement Entry(XDocument document, Paper paper) =>
        document.Root!.Elements(AtomRules.Atom + "entry").Single(e => e.Element(AtomRules.Atom + "id")!.Value == "urn:claimscope:paper:" + paper.Id);

    private static string Atom(ClaimFeed feed) => Write(feed, ClaimsAtomFeed.Write);

    private static string Json(ClaimFeed feed) => Write(feed, ClaimsJsonFeed.Write);

    private static string Write(ClaimFeed feed, Action<Stream, ClaimFeed> write)
    {
        using var stream = new MemoryStream();
        write(stream, feed);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
