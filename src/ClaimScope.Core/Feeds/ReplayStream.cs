namespace ClaimScope.Core.Feeds;

/// <summary>
/// A read-only stream that first gives back bytes already taken from <paramref name="rest"/>
/// (to sniff gzip magic or a byte-order mark), then continues with it: sniffing never needs to
/// seek, so standard input and pipes are sniffed like files.
/// </summary>
internal sealed class ReplayStream(byte[] head, int headLength, Stream rest) : Stream
{
    private int position;

    /// <summary>Reads up to <paramref name="count"/> bytes of <paramref name="stream"/> and wraps them back in front of it.</summary>
    public static ReplayStream Sniff(Stream stream, int count)
    {
        var buffer = new byte[count];
        var length = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return new ReplayStream(buffer, length, stream);
    }

    /// <summary>Whether the sniffed bytes start with <paramref name="magic"/>.</summary>
    public bool StartsWith(ReadOnlySpan<byte> magic) => head.AsSpan(0, headLength).StartsWith(magic);

    /// <summary>Drops the first <paramref name="count"/> replayed bytes (a byte-order mark already acted on).</summary>
    public void Skip(int count) => position = Math.Min(headLength, position + count);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (position < headLength)
        {
            var n = Math.Min(buffer.Length, headLength - position);
            head.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        return rest.Read(buffer);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
