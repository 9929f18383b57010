using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;
using ClaimScope.CorpusGenerator;

namespace ClaimScope.Tests.Pipeline;

/// <summary>
/// <c>papers</c> keeps its catalog's texts in a temporary file: what it holds in memory per paper
/// must not grow with the abstracts, measured as the heap's growth between two input sizes.
/// </summary>
[Collection(MeasuringCollection.Name)]
public class PaperMemoryTests
{
    private static readonly IReadOnlyList<Paper> Seeds = SeedAbstracts.Load(Path.Combine(SeedData.RepoRoot, "data"));

    /// <summary>Fresh papers with real abstracts, made as they are read, so only the catalog can hold them.</summary>
    private static IEnumerable<PaperRecord> FreshPapers(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var seed = Seeds[i % Seeds.Count];
            yield return new PaperRecord
            {
                Title = $"{seed.Title} [{i}]",
                Abstract = seed.Abstract,
                ArxivId = $"9{i / 99999 % 1000:D3}.{i % 99999 + 1:D5}",
                Authors = seed.Authors,
                Source = new SourceLocation("snapshot.jsonl", i + 1),
            };
        }
    }

    private static long HeapHeldAfterReading(int papers)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        using var catalog = new PaperCatalog(spillToDisk: true);
        foreach (var record in FreshPapers(papers))
        {
            catalog.Add(record);
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(catalog);
        return after - before;
    }

    [Fact]
    public void The_heap_a_spilled_catalog_holds_grows_by_far_less_than_the_abstracts_it_read()
    {
        const int Small = 4_000;
        const int Large = 16_000;
        var abstractBytes = Seeds.Average(p => p.Abstract.Length * sizeof(char));

        var growthPerPaper = (HeapHeldAfterReading(Large) - HeapHeldAfterReading(Small)) / (double)(Large - Small);

        // Hashed keys and a file offset (~100 bytes a paper) remain; abstracts (~3 KB each in memory) must not.
        Assert.True(growthPerPaper < abstractBytes / 10, $"{growthPerPaper:F0} bytes a paper held against {abstractBytes:F0}-byte abstracts");
    }
}
