namespace ClaimScope.Core.Feeds.Formats;

/// <summary>
/// Turns byte offsets into 1-based line numbers for a UTF-8 buffer, counting forward from the last
/// offset asked for, so a whole file costs one pass when offsets are asked in order.
/// </summary>
internal sealed class Utf8LineCounter(ReadOnlyMemory<byte> text)
{
    private long position;
    private int line = 1;

    public int LineAt(long offset)
    {
        if (offset < position)
        {
            position = 0;
            line = 1;
        }

        var end = Math.Min(offset, text.Length);
        line += text.Span[(int)position..(int)end].Count((byte)'\n');
        position = end;
        return line;
    }
}
