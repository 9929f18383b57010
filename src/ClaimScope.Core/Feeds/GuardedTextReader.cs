namespace ClaimScope.Core.Feeds;

/// <summary>
/// Sits between the decoder and a feed reader: counts lines so a failure can be located, ends the
/// text at a character limit (the rest is reported, not read), and reports the first place where
/// invalid bytes were replaced.
/// </summary>
internal sealed class GuardedTextReader(TextReader inner, long limit, CountingDecoderFallback? decoding) : TextReader
{
    private long consumed;

    /// <summary>The most characters handed out; set once the format (and so its cap) is known.</summary>
    public long Limit { get; set; } = limit;

    /// <summary>The line the text read so far has reached (1-based).</summary>
    public int Line { get; private set; } = 1;

    /// <summary>Whether the text went on past the limit and was cut there.</summary>
    public bool Truncated { get; private set; }

    /// <summary>The line of the first replaced byte sequence, once one is seen; null before.</summary>
    public int? FirstInvalidLine { get; private set; }

    /// <summary>How many byte sequences were replaced so far.</summary>
    public int Replacements => decoding?.Replacements ?? 0;

    public override int Peek() => Truncated || consumed >= Limit ? -1 : inner.Peek();

    public override int Read()
    {
        var buffer = new char[1];
        return Read(buffer, 0, 1) == 0 ? -1 : buffer[0];
    }

    public override int Read(char[] buffer, int index, int count)
    {
        if (Truncated)
        {
            return 0;
        }

        var allowed = (int)Math.Min(count, Limit - consumed);
        if (allowed <= 0)
        {
            // At the limit: one more character decides whether the text really goes on.
            Truncated = inner.Read() >= 0;
            return 0;
        }

        var read = inner.Read(buffer, index, allowed);
        var block = buffer.AsSpan(index, read);
        // The decoder works ahead of the caller, so the count may rise before the U+FFFD it put
        // in the text is handed out: look for it in each block until it comes.
        if (FirstInvalidLine is null && Replacements > 0 && block.IndexOf('\uFFFD') is var at and >= 0)
        {
            FirstInvalidLine = Line + block[..at].Count('\n');
        }

        Line += block.Count('\n');
        consumed += read;
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
