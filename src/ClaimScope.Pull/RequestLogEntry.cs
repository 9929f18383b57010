using System.Text.Json.Serialization;

namespace ClaimScope.Pull;

/// <summary>One completed request: its URL, its cache file (relative to the cache folder) and its validators.</summary>
internal sealed record RequestLogEntry(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("etag")] string? ETag,
    [property: JsonPropertyName("last_modified")] string? LastModified,
    [property: JsonPropertyName("fetched")] DateTimeOffset Fetched);
