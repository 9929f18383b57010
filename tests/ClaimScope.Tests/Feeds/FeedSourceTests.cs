using ClaimScope.Core.Feeds;

namespace ClaimScope.Tests.Feeds;

public class FeedSourceTests
{
    [Fact]
    public void Reading_reports_a_growing_byte_position_that_ends_at_the_file_length()
    {
        var file = Path.Combine(SeedData.RepoRoot, "data", "samples", "arxiv_oai_snapshot_jsonl",
            "arxiv-metadata-oai-snapshot_head200_committed-2025-10_Sharath-1736.json");
        var positions = new List<long>();

        var records = new FeedSource(FeedFormats.Default, FeedReadOptions.Default).Read([file], _ => { }, positions.Add).Count();

        Assert.Equal(records, positions.Count);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(new FileInfo(file).Length, positions[^1]);
    }

    [Fact]
    public void Folders_expand_to_their_files_in_a_stable_order_and_a_missing_path_fails()
    {
        var files = FeedSource.ExpandInputs([SeedData.FeedsFolder]);

        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.Equal(5, files.Count);
        Assert.Throws<FileNotFoundException>(() => FeedSource.ExpandInputs(["no/such/folder"]));
    }

    [Fact]
    public void A_gzip_compressed_snapshot_is_read_like_the_plain_file()
    {
        var plain = Path.Combine(SeedData.RepoRoot, "data", "samples", "arxiv_oai_snapshot_jsonl",
            "arxiv-metadata-oai-snapshot_head200_committed-2025-10_Sharath-1736.json");
        var compressed = Path.Combine(Path.GetTempPath(), $"claimscope-{Guid.NewGuid():N}.json.gz");
        using (var output = new System.IO.Compression.GZipStream(File.Create(compressed), System.IO.Compression.CompressionLevel.Fastest))
        using (var input = File.OpenRead(plain))
        {
            input.CopyTo(output);
        }

        try
        {
            var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);
            var fromPlain = source.Read([plain], _ => { }).Select(r => r.Title).ToList();
            var fromGzip = source.Read([compressed], _ => { }).Select(r => r.Title).ToList();

            Assert.Equal(200, fromGzip.Count);
            Assert.Equal(fromPlain, fromGzip);
        }
        finally
        {
            File.Delete(compressed);
        }
    }
}
