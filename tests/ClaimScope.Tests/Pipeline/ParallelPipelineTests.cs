using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.Core.Pipeline;
using ClaimScope.CorpusGenerator;
using ClaimScope.Reports.Exports;
using ClaimScope.Tests.Cli;

namespace ClaimScope.Tests.Pipeline;

/// <summary>Extraction in parallel batches gives, byte for byte, what one worker gives, in input order.</summary>
public sealed class ParallelPipelineTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static List<PaperRecord> SeedRecords()
    {
        var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);
        return [.. source.Read(FeedSource.ExpandInputs([SeedData.FeedsFolder]), _ => { })];
    }

    private static string ClaimsJsonl(IEnumerable<PaperRecord> records, PipelineOptions options)
    {
        var claims = new PaperPipeline(ClaimExtractor.CreateDefault, options).Run(records)
            .Where(s => s.IsNew)
            .SelectMany(s => s.Claims.Select(c => new PaperClaim(s.Paper!, c)));
        var output = new StringWriter();
        ClaimsJsonlExport.Write(output, claims);
        return output.ToString();
    }

    [Fact]
    public void Three_workers_with_small_batches_write_the_same_claims_as_one()
    {
        var records = SeedRecords();

        var sequential = ClaimsJsonl(records, PipelineOptions.Sequential);
        var parallel = ClaimsJsonl(records, new PipelineOptions { Workers = 3, BatchSize = 7, BatchesAheadPerWorker = 1 });

        Assert.True(sequential.Length > 10_000);
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Sightings_come_out_in_input_order_with_appearances_in_place()
    {
        var records = SeedRecords();

        var sightings = new PaperPipeline(ClaimExtractor.CreateDefault, new PipelineOptions { Workers = 2, BatchSize = 5 }).Run(records).ToList();

        Assert.Equal(records.Select(r => r.Source), sightings.Select(s => s.Record.Source));
        Assert.Equal(316, sightings.Count(s => s.IsNew));
    }

    [Fact]
    public void Extract_on_the_command_line_prints_the_same_bytes_with_one_and_four_workers()
    {
        var snapshot = Path.Combine(folder.Path, "snapshot.jsonl");
        using (var file = File.Create(snapshot))
        {
            new SnapshotGenerator(SeedAbstracts.Load(Path.Combine(SeedData.RepoRoot, "data")), seed: 3).Write(file, 1_500_000);
        }

        var one = CliRun.Of("extract", snapshot, "--format", "jsonl", "--workers", "1");
        var four = CliRun.Of("extract", snapshot, "--format", "jsonl", "--workers", "4");

        Assert.Equal(0, four.ExitCode);
        Assert.True(one.Out.Length > 100_000);
        Assert.Equal(one.Out, four.Out);
    }

    [Fact]
    public void A_failing_read_surfaces_to_the_caller_after_the_records_before_it()
    {
        static IEnumerable<PaperRecord> Failing(IEnumerable<PaperRecord> records)
        {
            foreach (var record in records.Take(40))
            {
                yield return record;
            }

            throw new InvalidDataException("disk gone");
        }

        var seen = 0;
        var pipeline = new PaperPipeline(ClaimExtractor.CreateDefault, new PipelineOptions { Workers = 2, BatchSize = 8 });

        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var _ in pipeline.Run(Failing(SeedRecords())))
            {
                seen++;
            }
        });

        Assert.Equal("disk gone", error.Message);
        Assert.Equal(40, seen);
    }
}
