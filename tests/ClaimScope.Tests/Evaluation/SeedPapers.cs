using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Evaluation;

/// <summary>The 316 unique seed papers, read once for every test that needs real abstracts.</summary>
internal static class SeedPapers
{
    private static readonly Lazy<IReadOnlyList<Paper>> Loaded = new(Load);

    public static IReadOnlyList<Paper> All => Loaded.Value;

    private static IReadOnlyList<Paper> Load()
    {
        var catalog = new PaperCatalog();
        var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);
        foreach (var record in source.Read(FeedSource.ExpandInputs([SeedData.FeedsFolder]), _ => { }))
        {
            catalog.Add(record);
        }

        return catalog.Papers();
    }
}
