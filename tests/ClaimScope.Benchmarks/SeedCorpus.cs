using System.Text;
using ClaimScope.Core.Feeds;

namespace ClaimScope.Benchmarks;

/// <summary>The seed abstracts the benchmarks run over, found from the repository root.</summary>
internal static class SeedCorpus
{
    private static readonly Lazy<string[]> Seeds = new(Load);

    /// <summary>The seed abstracts repeated <paramref name="scale"/> times.</summary>
    public static string[] Abstracts(int scale) => [.. Enumerable.Repeat(Seeds.Value, scale).SelectMany(a => a)];

    public static long Bytes(int scale) => scale * Seeds.Value.Sum(a => (long)Encoding.UTF8.GetByteCount(a));

    private static string[] Load()
    {
        var catalog = new PaperCatalog();
        var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);
        var feeds = Path.Combine(RepoRoot, "data", "feeds");
        foreach (var record in source.Read(FeedSource.ExpandInputs([feeds]), _ => { }))
        {
            catalog.Add(record);
        }

        return [.. catalog.Papers().Select(p => p.Abstract)];
    }

    public static string RepoRoot { get; } = FindRepoRoot();

    private static string FindRepoRoot()
    {
        // BenchmarkDotNet runs each job from a generated folder under bin/, still inside the repository.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Project.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Project.sln not found above the benchmark folder");
    }
}
