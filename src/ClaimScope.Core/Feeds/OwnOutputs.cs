namespace ClaimScope.Core.Feeds;

/// <summary>
/// Recognises what ClaimScope itself writes (a report folder, its CSV and JSONL exports), so that
/// reading a folder that holds an earlier report does not read the report back as feeds.
/// Recognition is by name and first line, so a user's own file of the same name is still read.
/// </summary>
public static class OwnOutputs
{
    private static readonly Dictionary<string, string[]> ExportHeads = new(StringComparer.Ordinal)
    {
        ["claims.csv"] = ["paper_id,title,kind,"],
        ["papers.csv"] = ["id,title,arxiv_id,", "paper_id,title,arxiv_id,"],
        ["claims.jsonl"] = ["{\"paper_id\":"],
        ["papers.jsonl"] = ["{\"id\":", "{\"paper_id\":"],
    };

    /// <summary>A folder holding a ClaimScope index.html is a report: the whole folder is ClaimScope's.</summary>
    public static bool IsReportFolder(string folder)
    {
        var index = Path.Combine(folder, "index.html");
        return File.Exists(index) && Head(index, 4096).Contains("<title>ClaimScope report</title>", StringComparison.Ordinal);
    }

    /// <summary>An export ClaimScope wrote: a known name whose first line is the one ClaimScope writes.</summary>
    public static bool IsExport(string file)
    {
        if (!ExportHeads.TryGetValue(Path.GetFileName(file), out var heads))
        {
            return false;
        }

        var head = Head(file, 1 << 16);
        return heads.Any(h => head.StartsWith(h, StringComparison.Ordinal))
            && (!file.EndsWith("papers.jsonl", StringComparison.Ordinal) || head.Contains("\"listings\"", StringComparison.Ordinal) || head.Contains("\"organisation_slug\"", StringComparison.Ordinal));
    }

    private static string Head(string file, int size)
    {
        try
        {
            using var stream = File.OpenRead(file);
            var buffer = new byte[size];
            var read = stream.ReadAtLeast(buffer, size, throwOnEndOfStream: false);
            return System.Text.Encoding.UTF8.GetString(buffer, 0, read).TrimStart('\uFEFF');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Unreadable here means unreadable later: the reader reports it with its location.
            return "";
        }
    }
}
