using System.Text.Json;

namespace ClaimScope.Pull;

/// <summary>
/// The record of completed requests, one JSON line each, appended only after the response is in
/// its cache file: an interrupted run resumes where it stopped, and a half-written last line is
/// ignored. The newest line of a cache file wins (a live listing gains a line per change).
/// </summary>
internal sealed class RequestLog
{
    private readonly string path;
    private readonly Dictionary<string, RequestLogEntry> entries = new(StringComparer.Ordinal);

    public RequestLog(string folder)
    {
        Directory.CreateDirectory(folder);
        path = Path.Combine(folder, "requests.jsonl");
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path))
        {
            try
            {
                if (JsonSerializer.Deserialize<RequestLogEntry>(line) is { Url: not null, File: not null } entry)
                {
                    entries[entry.File] = entry;
                }
            }
            catch (JsonException)
            {
                // The line an interruption cut short: its request counts as not done.
            }
        }
    }

    /// <summary>The newest completed request kept in this cache file (the file names the request, whatever the service's address).</summary>
    public RequestLogEntry? Find(string cacheFile) => entries.GetValueOrDefault(cacheFile);

    public void Add(RequestLogEntry entry)
    {
        entries[entry.File] = entry;
        File.AppendAllText(path, JsonSerializer.Serialize(entry) + "\n");
    }
}
