using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Tests.Feeds.Formats;

/// <summary>Reads the real (and the marked hand-made) feed samples under data/samples.</summary>
internal static class FormatSamples
{
    public static string Path(string format, string file) => System.IO.Path.Combine(SeedData.RepoRoot, "data", "samples", format, file);

    public static (List<PaperRecord> Records, List<FeedProblem> Problems) Read(IFeedReader reader, string format, string file)
    {
        using var input = new StreamReader(Path(format, file));
        return Read(reader, input, file);
    }

    public static (List<PaperRecord> Records, List<FeedProblem> Problems) ReadText(IFeedReader reader, string text, string name = "inline") =>
        Read(reader, new StringReader(text), name);

    /// <summary>The first 8 KB of a sample, as <see cref="FeedSource"/> hands it to detection.</summary>
    public static string Head(string format, string file)
    {
        using var input = new StreamReader(Path(format, file));
        var buffer = new char[8192];
        return new string(buffer, 0, input.ReadBlock(buffer, 0, buffer.Length));
    }

    private static (List<PaperRecord>, List<FeedProblem>) Read(IFeedReader reader, TextReader input, string name)
    {
        var problems = new List<FeedProblem>();
        var records = reader.Read(input, name, FeedReadOptions.Default, problems.Add).ToList();
        return (records, problems);
    }
}
