using ClaimScope.Reports.Exports;

namespace ClaimScope.Tests.Reports;

public class PaperLinksTests
{
    [Theory]
    [InlineData("2401.12345", "https://arxiv.org/abs/2401.12345")]
    [InlineData("2401.12345v2", "https://arxiv.org/abs/2401.12345v2")]
    [InlineData("cs/0101001", "https://arxiv.org/abs/cs/0101001")]
    public void A_known_arxiv_id_links_to_its_abstract_page(string id, string expected)
    {
        var paper = HostileReportInput.FormulaPaper with { ArxivId = id };

        Assert.Equal(expected, PaperLinks.PaperUrl(paper));
    }

    [Fact]
    public void An_arxiv_id_that_is_not_one_falls_back_to_a_search_by_title()
    {
        var paper = HostileReportInput.FormulaPaper with { ArxivId = "../../evil?x=1" };

        Assert.StartsWith("https://huggingface.co/papers?q=%3DHYPERLINK", PaperLinks.PaperUrl(paper), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("github.com/no/scheme")]
    public void Only_http_code_urls_become_links(string url)
    {
        Assert.Null(PaperLinks.SafeHttpUrl(url));
    }
}
