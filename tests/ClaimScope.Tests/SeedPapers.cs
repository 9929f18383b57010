using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests;

/// <summary>Unique papers read from real feed files: the 316 seed papers once for every test, or any inputs.</summary>
internal static class SeedPapers
{
    private static readonly Lazy<IReadOnlyList<Paper>> Loaded = new(() => Read(SeedData.FeedsFolder));

    public static IReadOnlyList<Paper> All => Loaded.Value;

    /// <summary>Reads and de-duplicates the papers of files or folders, as the CLI does.</summary>
    public static IReadOnlyList<Paper> Read(params string[] inputs)
    {
        var catalog = new PaperCatalog();
        var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);
        foreach (var record in source.Read(FeedSource.ExpandInputs(inputs), _ => { }))
        {
            catalog.Add(record);
        }

        return catalog.Papers();
    }
}
