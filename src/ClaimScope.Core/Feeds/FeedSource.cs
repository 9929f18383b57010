using System.IO.Compression;
using System.Text;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Turns the inputs a user names (files, folders, or "-" for standard input, opened through
/// <c>standardInput</c>) into a stream of
/// paper records, choosing each file's reader by its first bytes. Problems go to the callback;
/// a missing input is an error the caller reports (<see cref="FileNotFoundException"/>).
/// </summary>
public sealed class FeedSource(FeedFormats formats, FeedReadOptions options, Func<Stream>? standardInput = null)
{
    private const int HeadSize = 8192;

    /// <summary>Expands folders into the files inside them, in a stable order; fails on a missing path.</summary>
    public static IReadOnlyList<string> ExpandInputs(IEnumerable<string> inputs)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == "-" || File.Exists(input))
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                throw new FileNotFoundException($"{input}: no such file or folder", input);
            }
        }

        return files;
    }

    /// <summary>
    /// Every record of the files, streaming. <paramref name="bytesRead"/>, when given, hears how far
    /// into the current file reading has got (for progress bars; not called for standard input).
    /// </summary>
    public IEnumerable<PaperRecord> Read(IEnumerable<string> files, Action<FeedProblem> problems, Action<long>? bytesRead = null)
    {
        foreach (var file in files)
        {
            foreach (var record in ReadFile(file, problems, bytesRead))
            {
                yield return record;
            }
        }
    }

    private IEnumerable<PaperRecord> ReadFile(string file, Action<FeedProblem> problems, Action<long>? bytesRead)
    {
        using var stream = file == "-"
            ? standardInput?.Invoke() ?? throw new InvalidOperationException("standard input is not available here")
            : File.OpenRead(file);
        using var content = IsGzip(stream) ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true) : null;
        using var reader = new StreamReader(content ?? stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var buffer = new char[HeadSize];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        var head = new string(buffer, 0, read);
        if (head.Contains('\0', StringComparison.Ordinal))
        {
            // Compressed files are unpacked when they can be peeked at; standard input cannot be.
            var hint = head.StartsWith('\u001f') ? " (gzip data on standard input: pipe it through zcat, or name the .gz file)" : "";
            problems(new FeedProblem(new SourceLocation(file, 1), $"binary file, not a feed{hint}; skipped"));
            yield break;
        }

        var feedReader = formats.Detect(head);
        if (feedReader is null)
        {
            problems(new FeedProblem(new SourceLocation(file, 1), "not a recognised feed (Daily Papers text or JSON, arXiv Atom or RSS, arXiv snapshot JSON lines); skipped"));
            yield break;
        }

        using var rest = new PrefixedTextReader(head, reader);
        // Progress follows the file on disk, compressed or not.
        var seekable = stream.CanSeek;
        foreach (var record in feedReader.Read(rest, file, options, problems))
        {
            if (seekable)
            {
                bytesRead?.Invoke(stream.Position);
            }

            yield return record;
        }
    }

    /// <summary>A gzip file (the arXiv snapshot is often kept compressed) starts with 1F 8B.</summary>
    private static bool IsGzip(Stream stream)
    {
        if (!stream.CanSeek || stream.Length < 2)
        {
            return false;
        }

        Span<byte> magic = stackalloc byte[2];
        stream.ReadExactly(magic);
        stream.Position = 0;
        return magic[0] == 0x1F && magic[1] == 0x8B;
    }
}
