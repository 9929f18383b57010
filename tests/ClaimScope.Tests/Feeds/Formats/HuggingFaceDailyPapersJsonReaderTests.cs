using ClaimScope.Core.Feeds.Formats;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Feeds.Formats;

public class HuggingFaceDailyPapersJsonReaderTests
{
    private const string Daily = "hf_daily_papers_api";

    private static (List<PaperRecord> Records, List<Core.Feeds.FeedProblem> Problems) Read(string file, string format = Daily) =>
        FormatSamples.Read(new HuggingFaceDailyPapersJsonReader(), format, file);

    // Counts checked with python3: len(json.load(f)) per file.
    [Theory]
    [InlineData("daily_papers_2024-06-04.json", 6)]
    [InlineData("daily_papers_2024-10-25.json", 25)]
    [InlineData("daily_papers_2026-08-21.json", 17)]
    public void Reads_every_entry_of_a_daily_papers_response(string file, int expected)
    {
        var (records, problems) = Read(file);

        Assert.Empty(problems);
        Assert.Equal(expected, records.Count);
    }

    [Fact]
    public void Maps_an_entry_with_organisation_code_link_and_both_dates()
    {
        var (records, _) = Read("daily_papers_2026-08-21.json");

        var paper = records.Single(r => r.ArxivId == "2608.19880");

        Assert.Equal("EnvHarness: Awakening Static Worlds for Agent Learning", paper.Title);
        Assert.StartsWith("LLM agents learn by interacting with environments, yet", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(17, paper.Authors.Count);
        Assert.Equal("Chengsong Huang", paper.Authors[0]);
        Assert.Equal(new DateOnly(2026, 8, 20), paper.Published);
        Assert.Equal(new DateOnly(2026, 8, 19), paper.ListingDate);
        Assert.Equal(163, paper.Upvotes);
        Assert.Equal(new Organisation("google", "Google"), paper.Organisation);
        Assert.Equal("https://github.com/google-research/envharness", paper.CodeUrl);
    }

    [Fact]
    public void Takes_the_entry_title_and_unwraps_the_hard_wrapped_abstract()
    {
        var (records, _) = Read("daily_papers_2024-06-04.json");

        var paper = records.Single(r => r.ArxivId == "2406.01574");

        // paper.title is "…Language\n  Understanding Benchmark"; the entry title is on one line.
        Assert.Equal("MMLU-Pro: A More Robust and Challenging Multi-Task Language Understanding Benchmark", paper.Title);
        Assert.Contains("like the Massive Multitask Language Understanding (MMLU)", paper.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', paper.Abstract);
        Assert.Null(paper.Organisation);
        Assert.Equal(23, paper.Upvotes);
    }

    [Fact]
    public void Leaves_out_authors_marked_hidden()
    {
        var (records, _) = Read("daily_papers_2024-10-25.json");

        var paper = records.Single(r => r.ArxivId == "2410.17897");

        Assert.Equal(3, paper.Authors.Count);
    }

    [Fact]
    public void Finds_a_github_link_in_the_abstract_when_the_entry_names_no_repository()
    {
        var (records, _) = Read("daily_papers_2024-10-25.json");

        var paper = records.Single(r => r.ArxivId == "2410.18798");

        Assert.NotNull(paper.CodeUrl);
        Assert.Contains(paper.CodeUrl, paper.Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_each_python_repr_entry_of_the_archive_wrapper_with_its_line()
    {
        var (records, problems) = Read("QUIRK_archive-wrapper_daily_papers_2025-01-10.json");

        Assert.Empty(records);
        // The wrapper's nine "data" strings sit on lines 6 to 14 (checked with grep -n).
        Assert.Equal(Enumerable.Range(6, 9), problems.Select(p => p.Location.Line));
        Assert.All(problems, p => Assert.Contains("Python-repr", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_a_bare_paper_object_as_one_record()
    {
        var (records, problems) = Read("DERIVED_paper-object_2608.19880_from_daily_papers_2026-08-21.json", "hf_paper_api");

        Assert.Empty(problems);
        var paper = Assert.Single(records);
        Assert.Equal("2608.19880", paper.ArxivId);
        Assert.Equal("EnvHarness: Awakening Static Worlds for Agent Learning", paper.Title);
        Assert.Equal(new Organisation("google", "Google"), paper.Organisation);
    }

    [Fact]
    public void Reads_a_paper_wrapped_in_a_paper_property()
    {
        var text = File.ReadAllText(FormatSamples.Path("hf_paper_api", "DERIVED_paper-object_2608.19880_from_daily_papers_2026-08-21.json"));

        var (records, problems) = FormatSamples.ReadText(new HuggingFaceDailyPapersJsonReader(), "{ \"paper\": " + text + " }");

        Assert.Empty(problems);
        Assert.Equal("2608.19880", Assert.Single(records).ArxivId);
    }

    [Fact]
    public void Keeps_the_good_entries_and_reports_a_broken_one_with_its_line()
    {
        const string text = """
            [
              {"paper": {"id": "2401.00001", "title": "First", "summary": "Good one."}},
              {"paper": {"id": "2401.00002", "title": "Second"}},
              "{'paper': {'id': '2401.00003'}}",
              {"paper": {"id": "2401.00004", "title": "Fourth", "summary": "Also good."}}
            ]
            """;

        var (records, problems) = FormatSamples.ReadText(new HuggingFaceDailyPapersJsonReader(), text, "day.json");

        Assert.Equal(["2401.00001", "2401.00004"], records.Select(r => r.ArxivId));
        Assert.Equal(["day.json:3", "day.json:4"], problems.Select(p => p.Location.ToString()));
        Assert.Equal(5, records[1].Source.Line);
    }

    [Fact]
    public void Reports_malformed_json_at_its_line_and_keeps_the_entries_before_it()
    {
        const string text = "[\n{\"paper\": {\"id\": \"1\", \"title\": \"T\", \"summary\": \"S\"}},\n{\"paper\": {\"id\": \n]";

        var (records, problems) = FormatSamples.ReadText(new HuggingFaceDailyPapersJsonReader(), text, "cut.json");

        Assert.Single(records);
        Assert.Equal(4, Assert.Single(problems).Location.Line);
    }
}
