using System.Text.Json;
using ClaimScope.Tests.Cli;

namespace ClaimScope.Tests.Pipeline;

/// <summary>
/// The same paper from a Daily Papers text page and from the JSON API is one paper with two
/// appearances in every command, and its claims are extracted once, from the page's abstract.
/// </summary>
public sealed class CommandsAgreeTests : IDisposable
{
    private readonly SamePaperTwice inputs = new();
    private readonly TempFolder output = new();

    public void Dispose()
    {
        inputs.Dispose();
        output.Dispose();
    }

    private static List<JsonElement> Lines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private static JsonElement MmluPro(IEnumerable<JsonElement> papers) =>
        Assert.Single(papers, p => p.GetProperty("title").GetString() == SamePaperTwice.Title);

    [Fact]
    public void Papers_lists_the_page_and_the_api_entry_as_one_paper_with_both_listings()
    {
        var run = CliRun.Of("papers", inputs.Path, "--format", "jsonl");

        var paper = MmluPro(Lines(run.Out));
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["a_page.txt", "b_api.json"], paper.GetProperty("listings").EnumerateArray()
            .Select(l => Path.GetFileName(l.GetProperty("source").GetString()!.Split(':')[0])));
        Assert.Equal("2406.01574", paper.GetProperty("arxiv_id").GetString());
        Assert.Equal(23, paper.GetProperty("upvotes").GetInt32());
        Assert.Equal(JsonValueKind.Null, paper.GetProperty("listings")[0].GetProperty("upvotes").ValueKind);
    }

    [Fact]
    public void Extract_gives_the_claims_of_the_paper_once_under_the_id_papers_gives_it()
    {
        var papers = Lines(CliRun.Of("papers", inputs.Path, "--format", "jsonl").Out);
        var claims = Lines(CliRun.Of("extract", inputs.Path, "--format", "jsonl").Out);

        var id = MmluPro(papers).GetProperty("paper_id").GetString();
        var ofPaper = claims.Where(c => c.GetProperty("title").GetString() == SamePaperTwice.Title).ToList();
        Assert.NotEmpty(ofPaper);
        Assert.All(ofPaper, c => Assert.Equal(id, c.GetProperty("paper_id").GetString()));
        Assert.Equal(ofPaper.Count, ofPaper.Select(c => c.GetProperty("start").GetInt32()).Distinct().Count());
        Assert.All(ofPaper, c => Assert.StartsWith(inputs.Page, c.GetProperty("source").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Report_exports_the_same_papers_and_claims_as_papers_and_extract()
    {
        var outDir = Path.Combine(output.Path, "report");

        var run = CliRun.Of("report", inputs.Page, inputs.Api, "--out", outDir);

        Assert.Equal(0, run.ExitCode);
        var papers = CliRun.Of("papers", inputs.Path, "--format", "jsonl").Out;
        var claims = CliRun.Of("extract", inputs.Path, "--format", "jsonl").Out;
        Assert.Equal(papers, File.ReadAllText(Path.Combine(outDir, "papers.jsonl")));
        Assert.Equal(claims, File.ReadAllText(Path.Combine(outDir, "claims.jsonl")));
    }
}
