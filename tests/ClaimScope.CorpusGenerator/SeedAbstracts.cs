using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.CorpusGenerator;

/// <summary>The unique papers of the repository's own feeds (data/feeds and data/samples): the text every generated line reuses.</summary>
public static class SeedAbstracts
{
    /// <summary>Reads every feed under <paramref name="dataFolder"/>'s feeds and samples, merged into unique papers, skipping unreadable files.</summary>
    public static IReadOnlyList<Paper> Load(string dataFolder)
    {
        var inputs = new[] { "feeds", "samples" }
            .Select(name => Path.Combine(dataFolder, name))
            .Where(Directory.Exists)
            .ToArray();
        if (inputs.Length == 0)
        {
            throw new DirectoryNotFoundException($"{dataFolder}: no feeds or samples folder to take abstracts from");
        }

        using var catalog = new PaperCatalog();
        var source = new FeedSource(FeedFormats.Default, FeedReadOptions.Default);
        foreach (var record in source.Read(FeedSource.ExpandInputs(inputs), _ => { }))
        {
            catalog.Add(record);
        }

        // Very short abstracts (error entries, stubs) would make the corpus unlike arXiv's.
        return [.. catalog.Papers().Where(p => p.Abstract.Length >= 200)];
    }

    /// <summary>The data folder of the repository above the current folder or the program.</summary>
    public static string FindDataFolder()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Project.sln")))
                {
                    return Path.Combine(dir.FullName, "data");
                }
            }
        }

        throw new DirectoryNotFoundException("no data folder found (run from inside the repository, or pass --data)");
    }
}
