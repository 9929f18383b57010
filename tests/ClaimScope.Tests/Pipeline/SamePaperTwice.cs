using System.Text.Json;

namespace ClaimScope.Tests.Pipeline;

/// <summary>
/// A folder where one real paper (MMLU-Pro, from data/samples' Daily Papers API file) is listed
/// twice: first on a Daily Papers page copied as text (no arXiv id, no upvotes), then in the JSON
/// API file itself, which gives its id and 23 upvotes.
/// </summary>
internal sealed class SamePaperTwice : IDisposable
{
    public const string Title = "MMLU-Pro: A More Robust and Challenging Multi-Task Language Understanding Benchmark";

    private readonly TempFolder folder = new();

    public SamePaperTwice()
    {
        var api = System.IO.Path.Combine(SeedData.RepoRoot, "data", "samples", "hf_daily_papers_api", "daily_papers_2024-06-04.json");
        using var document = JsonDocument.Parse(File.ReadAllText(api));
        var paper = document.RootElement[0].GetProperty("paper");
        var summary = string.Join(' ', paper.GetProperty("summary").GetString()!.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        File.WriteAllText(Page, $"Daily Papers\n\nbyAK and the research community\n\nJun 4, 2024\n\n{Title}\n\n{summary}\n\n  • 16 authors\n·\nJun 3\n");
        File.Copy(api, Api);
    }

    /// <summary>The folder: the page sorts before the API file, so it is read first.</summary>
    public string Path => folder.Path;

    public string Page => System.IO.Path.Combine(folder.Path, "a_page.txt");

    public string Api => System.IO.Path.Combine(folder.Path, "b_api.json");

    public void Dispose() => folder.Dispose();
}
