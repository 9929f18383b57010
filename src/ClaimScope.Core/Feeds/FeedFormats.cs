using ClaimScope.Core.Feeds.Formats;

namespace ClaimScope.Core.Feeds;

/// <summary>The registry of feed readers; a file is read by the first reader that recognises its head.</summary>
public sealed class FeedFormats
{
    public FeedFormats(IEnumerable<IFeedReader> readers) => Readers = readers.ToList();

    public IReadOnlyList<IFeedReader> Readers { get; }

    /// <summary>
    /// Every reader this build knows, most specific first: the OAI snapshot's first line is also a
    /// JSON object, so it is claimed before the Hugging Face JSON reader looks.
    /// </summary>
    public static FeedFormats Default { get; } = new(
    [
        new ArxivOaiSnapshotReader(),
        new HuggingFaceDailyPapersJsonReader(),
        new ArxivAtomReader(),
        new ArxivRssReader(),
        new DailyPapersTextReader(),
    ]);

    public IFeedReader? Detect(string head) => Readers.FirstOrDefault(r => r.CanRead(head));
}
