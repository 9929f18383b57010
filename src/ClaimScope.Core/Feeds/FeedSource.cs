using System.IO.Compression;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Turns the inputs a user names (files, folders, or "-" for standard input, opened through
/// <c>standardInput</c>) into a stream of
/// paper records, choosing each file's reader by its first bytes. Problems go to the callback;
/// a missing input is an error the caller reports (<see cref="FileNotFoundException"/>).
/// </summary>
/// <remarks>
/// A file that cannot be read to its end (corrupt gzip, an I/O error) costs only the rest of
/// that file: its records so far stand and the next file is read.
/// </remarks>
public sealed class FeedSource(FeedFormats formats, FeedReadOptions options, Func<Stream>? standardInput = null)
{
    private const int HeadSize = 8192;

    /// <summary>Expands folders into the files inside them, in a stable order; fails on a missing path.</summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs) => InputWalker.Expand(inputs, _ => { });

    /// <summary>
    /// Every record of the files, streaming. <paramref name="bytesRead"/>, when given, hears how far
    /// into the current file reading has got (for progress bars; not called for standard input).
    /// </summary>
    public IEnumerable<PaperRecord> Read(IEnumerable<string> files, Action<FeedProblem> problems, Action<long>? bytesRead = null)
    {
        foreach (var file in files)
        {
            var reading = new FileReading();
            using var records = ReadFile(file, reading, problems, bytesRead).GetEnumerator();
            while (true)
            {
                try
                {
                    if (!records.MoveNext())
                    {
                        break;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.DecoderFallbackException)
                {
                    problems(new FeedProblem(new SourceLocation(file, reading.Line), $"cannot read ({Describe(e)}); the rest of this file is skipped"));
                    break;
                }

                yield return records.Current;
            }
        }
    }

    private IEnumerable<PaperRecord> ReadFile(string file, FileReading reading, Action<FeedProblem> problems, Action<long>? bytesRead)
    {
        using var stream = file == "-"
            ? standardInput?.Invoke() ?? throw new InvalidOperationException("standard input is not available here")
            : new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 16);
        using var raw = ReplayStream.Sniff(stream, 4);
        using var gzip = raw.StartsWith([0x1F, 0x8B]) ? new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true) : null;
        using var content = gzip is null ? raw : ReplayStream.Sniff(gzip, 4);
        var decoding = new CountingDecoderFallback();
        var encoding = TextEncodings.Choose(content, decoding);
        using var guard = new GuardedTextReader(new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16), long.MaxValue, decoding);
        reading.Guard = guard;
        var buffer = new char[HeadSize];
        var read = guard.ReadBlock(buffer, 0, buffer.Length);
        var head = new string(buffer, 0, read);
        if (head.Contains('\0', StringComparison.Ordinal))
        {
            problems(new FeedProblem(new SourceLocation(file, 1), "binary file, not a feed; skipped"));
            yield break;
        }

        var feedReader = formats.Detect(head);
        if (feedReader is null)
        {
            problems(new FeedProblem(new SourceLocation(file, 1), head.Trim().Length == 0
                ? "empty file; skipped"
                : "not a recognised feed (Daily Papers text or JSON, arXiv Atom or RSS, arXiv snapshot JSON lines); skipped"));
            yield break;
        }

        guard.Limit = feedReader.ReadsWholeDocument ? options.MaxDocumentChars : long.MaxValue;
        using var rest = new PrefixedTextReader(head, guard);
        // Progress follows the file on disk, compressed or not.
        var seekable = stream.CanSeek;
        foreach (var record in feedReader.Read(rest, file, options, problems))
        {
            reading.ReportInvalidText(file, problems);
            if (seekable)
            {
                bytesRead?.Invoke(stream.Position);
            }

            yield return record;
        }

        reading.ReportInvalidText(file, problems);
        if (guard.Truncated)
        {
            problems(new FeedProblem(new SourceLocation(file, guard.Line),
                $"the feed is larger than the {Megabytes(options.MaxDocumentChars)} MB read as one document (--max-document-mb); the rest of this file is skipped"));
        }
    }

    private static string Megabytes(long chars) => (chars / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(Exception e) => e switch
    {
        InvalidDataException => $"corrupt compressed data: {e.Message}",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    /// <summary>How far the current file got, for locating a failure that ends it.</summary>
    private sealed class FileReading
    {
        private bool reportedInvalid;

        public GuardedTextReader? Guard { get; set; }

        public int Line => Guard?.Line ?? 1;

        public void ReportInvalidText(string file, Action<FeedProblem> problems)
        {
            if (reportedInvalid || Guard?.FirstInvalidLine is not { } line)
            {
                return;
            }

            reportedInvalid = true;
            problems(new FeedProblem(new SourceLocation(file, line),
                "invalid UTF-8 bytes, read as U+FFFD (the first is on this line; later ones in this file are not reported)"));
        }
    }
}
