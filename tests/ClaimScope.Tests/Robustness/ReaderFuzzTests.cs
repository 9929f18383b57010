using System.Text;
using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Feeds.Formats;
using Xunit.Abstractions;

namespace ClaimScope.Tests.Robustness;

/// <summary>
/// A seeded in-process mutation loop per target: each reader on damaged real samples of its own
/// format, the whole source (gzip, byte-order marks, decoding) on damaged bytes, and the
/// extractor on damaged abstracts. CLAIMSCOPE_FUZZ_ITERATIONS sets the executions per target
/// (200 by default; 1000000 for the long run). A failure names the seed and iteration, and
/// writes the input that failed so it can become a regression test.
/// </summary>
public class ReaderFuzzTests(ITestOutputHelper output)
{
    public static TheoryData<string> Readers => new(FeedFormats.Default.Readers.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_reader_never_throws_on_damaged_samples_of_its_format(string readerName)
    {
        var reader = FeedFormats.Default.Readers.Single(r => r.Name == readerName);
        var samples = FuzzSamples.Of(reader);
        var options = new FeedReadOptions { MaxRecordChars = 1 << 16, MaxDocumentChars = 1 << 20 };
        var random = new Random(readerName.Length * 7919);

        var executions = Run(readerName, random, samples, text =>
        {
            foreach (var record in reader.Read(new StringReader(text), "fuzz", options, _ => { }))
            {
                Assert.False(string.IsNullOrWhiteSpace(record.Title));
                Assert.False(string.IsNullOrWhiteSpace(record.Abstract));
            }
        });

        output.WriteLine($"{readerName}: {executions:N0} executions, 0 failures");
    }

    [Fact]
    public void The_source_never_throws_on_damaged_bytes_of_any_format()
    {
        var samples = FeedFormats.Default.Readers.SelectMany(FuzzSamples.Of).ToArray();
        var random = new Random(31);
        var options = new FeedReadOptions { MaxRecordChars = 1 << 16, MaxDocumentChars = 1 << 20 };

        var executions = Run("feed-source", random, samples, text =>
        {
            var bytes = FuzzSamples.DamageBytes(random, Encoding.UTF8.GetBytes(text));
            var source = new FeedSource(FeedFormats.Default, options, () => new MemoryStream(bytes));
            _ = source.Read(["-"], _ => { }).Count();
        });

        output.WriteLine($"feed-source: {executions:N0} executions, 0 failures");
    }

    [Fact]
    public void The_extractor_never_throws_and_keeps_every_span_on_damaged_abstracts()
    {
        var abstracts = SeedPapers.All.Select(p => p.Abstract).ToArray();
        var extractor = ClaimExtractor.CreateDefault();
        var random = new Random(20261203);

        var executions = Run("extractor", random, abstracts, text =>
        {
            foreach (var claim in extractor.Extract(text))
            {
                Assert.Equal(text[claim.Start..claim.End], claim.Text);
                Assert.True(double.IsFinite(claim.Value));
            }
        });

        output.WriteLine($"extractor: {executions:N0} executions, 0 failures");
    }

    private static int Run(string target, Random random, IReadOnlyList<string> samples, Action<string> execute)
    {
        var iterations = LongRunSettings.FuzzIterations;
        for (var i = 0; i < iterations; i++)
        {
            var text = FuzzSamples.Mutate(random, samples[random.Next(samples.Count)]);
            try
            {
                execute(text);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                var saved = Path.Combine(Path.GetTempPath(), $"claimscope-fuzz-{target}-{i}.txt");
                File.WriteAllText(saved, text);
                Assert.Fail($"{target} iteration {i} threw {e} (input saved to {saved})");
            }
        }

        return iterations;
    }
}
