namespace ClaimScope.Pull;

/// <summary>
/// Pages through an arXiv API search until <c>max</c> entries, the reported total, or a short
/// page; each page is its own cached request, so an interrupted search resumes at the page it lost.
/// </summary>
public static class ArxivQueryPager
{
    public static async Task<IReadOnlyList<PulledFile>> PullAsync(Puller puller, Uri baseUrl, string query, int max, int pageSize, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(puller);
        var pages = new List<PulledFile>();
        for (var start = 0; start < max;)
        {
            var size = Math.Min(pageSize, max - start);
            var page = await puller.GetAsync(PullSources.ArxivQuery(baseUrl, query, start, size, puller.Today), cancellation).ConfigureAwait(false);
            pages.Add(page);
            if (page.Summary is not { } summary || summary.Entries < size)
            {
                break;
            }

            start += summary.Entries;
            if (summary.TotalResults is { } total && start >= total)
            {
                break;
            }
        }

        return pages;
    }
}
