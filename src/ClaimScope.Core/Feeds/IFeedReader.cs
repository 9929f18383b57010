using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Reads one feed format into paper records, streaming: records are yielded as they are read,
/// and a record that does not fit is reported to the problems callback and skipped.
/// </summary>
public interface IFeedReader
{
    /// <summary>A short name for messages and <c>--format</c> options ("hf-daily-text").</summary>
    string Name { get; }

    /// <summary>Whether this reader recognises the start of a file.</summary>
    bool CanRead(string head);

    /// <summary>
    /// Whether the format is parsed as one document (JSON, XML, a page), so its size is capped by
    /// <see cref="FeedReadOptions.MaxDocumentChars"/>; line-by-line formats cap each line instead.
    /// </summary>
    bool ReadsWholeDocument => true;

    IEnumerable<PaperRecord> Read(TextReader input, string sourceName, FeedReadOptions options, Action<FeedProblem> problems);
}
