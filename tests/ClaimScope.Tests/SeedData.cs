namespace ClaimScope.Tests;

/// <summary>Locates the repository's sample data and the shared gold set from the test output folder.</summary>
internal static class SeedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string FeedsFolder => Path.Combine(RepoRoot, "data", "feeds");

    public static string Feed(string name) => Path.Combine(FeedsFolder, name);

    /// <summary>The gold annotations beside the repository (../shared/gold), as CI lays them out.</summary>
    public static string GoldFile => Path.Combine(RepoRoot, "..", "shared", "gold", "seeds.gold.jsonl");

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
