namespace ClaimScope.Pull;

/// <summary>
/// One request and the cache file its response is kept in. A live request (today's listing) may
/// change, so it is asked again with the cached copy's ETag / Last-Modified; any other request
/// is never sent twice.
/// </summary>
public sealed record PullRequest(Uri Url, string CacheFile, bool Live, PullContent Content);
