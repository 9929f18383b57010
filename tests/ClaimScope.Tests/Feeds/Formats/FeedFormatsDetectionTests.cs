using ClaimScope.Core.Feeds;

namespace ClaimScope.Tests.Feeds.Formats;

public class FeedFormatsDetectionTests
{
    [Theory]
    [InlineData("hf_daily_papers_api", "daily_papers_2024-06-04.json", "hf-daily-json")]
    [InlineData("hf_daily_papers_api", "daily_papers_2024-10-25.json", "hf-daily-json")]
    [InlineData("hf_daily_papers_api", "daily_papers_2026-08-21.json", "hf-daily-json")]
    [InlineData("hf_daily_papers_api", "QUIRK_archive-wrapper_daily_papers_2025-01-10.json", "hf-daily-json")]
    [InlineData("hf_paper_api", "DERIVED_paper-object_2608.19880_from_daily_papers_2026-08-21.json", "hf-daily-json")]
    [InlineData("arxiv_oai_snapshot_jsonl", "arxiv-metadata-oai-snapshot_head200_committed-2025-10_Sharath-1736.json", "arxiv-oai-jsonl")]
    [InlineData("arxiv_api_atom", "2026_id_list-0000.0000_empty.xml", "arxiv-atom")]
    [InlineData("arxiv_api_atom", "2026_id_list-abc_HTTP400_error.xml", "arxiv-atom")]
    [InlineData("arxiv_api_atom", "2026_search_query-testing_max100.xml", "arxiv-atom")]
    [InlineData("arxiv_api_atom", "legacy-2016_id_list-1111.2011v2.xml", "arxiv-atom")]
    [InlineData("arxiv_api_atom", "legacy-2016_search_query-au-del_maestro.xml", "arxiv-atom")]
    [InlineData("arxiv_rss_feed", "HANDMADE_atom-listing_math.OC_2026-08-21_from-spec.xml", "arxiv-atom")]
    [InlineData("arxiv_rss_feed", "HANDMADE_rss_cs.LG_2026-08-21_from-spec.xml", "arxiv-rss")]
    public void Detects_the_format_of_each_sample_from_its_head(string format, string file, string reader)
    {
        var detected = FeedFormats.Default.Detect(FormatSamples.Head(format, file));

        Assert.Equal(reader, detected?.Name);
    }

    [Fact]
    public void Still_detects_the_daily_papers_text_listings()
    {
        foreach (var file in Directory.EnumerateFiles(SeedData.FeedsFolder))
        {
            using var input = new StreamReader(file);
            var buffer = new char[8192];
            var head = new string(buffer, 0, input.ReadBlock(buffer, 0, buffer.Length));

            Assert.Equal("hf-daily-text", FeedFormats.Default.Detect(head)?.Name);
        }
    }

    [Fact]
    public void Reads_the_whole_samples_folder_through_feed_source()
    {
        var problems = new List<FeedProblem>();
        var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);

        var records = source.Read(FeedSource.ExpandInputs([Path.Combine(SeedData.RepoRoot, "data", "samples")]), problems.Add).ToList();

        // 48 HF entries + 1 paper object + 200 snapshot lines + 113 API entries + 3 RSS items + 1 Atom listing entry.
        Assert.Equal(48 + 1 + 200 + 113 + 3 + 1, records.Count);
        // The archive's nine Python-repr days, the API error entry, and the README that is not a feed.
        Assert.Equal(11, problems.Count);
    }
}
