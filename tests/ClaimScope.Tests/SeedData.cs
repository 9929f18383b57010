namespace ClaimScope.Tests;

/// <summary>Locates the repository's sample data and gold sets (all inside the repository) from the test output folder.</summary>
internal static class SeedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string FeedsFolder => Path.Combine(RepoRoot, "data", "feeds");

    public static string Feed(string name) => Path.Combine(FeedsFolder, name);

    /// <summary>The folder of gold annotations kept in the repository (data/gold).</summary>
    public static string GoldFolder => Path.Combine(RepoRoot, "data", "gold");

    /// <summary>The seed gold: every unique paper of the listings in data/feeds.</summary>
    public static string GoldFile => Path.Combine(GoldFolder, "seeds.gold.jsonl");

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Project.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Project.sln not found above the test folder");
    }
}
