namespace ClaimScope.Core.Feeds;

/// <summary>
/// Replays the head already read for format detection, then continues with the rest of the
/// stream, so detection never needs to seek (standard input cannot).
/// </summary>
internal sealed class PrefixedTextReader(string prefix, TextReader rest) : TextReader
{
    private int position;

    public override int Peek() => position < prefix.Length ? prefix[position] : rest.Peek();

    public override int Read() => position < prefix.Length ? prefix[position++] : rest.Read();

    public override int Read(char[] buffer, int index, int count)
    {
        if (position < prefix.Length)
        {
            var n = Math.Min(count, prefix.Length - position);
            prefix.CopyTo(position, buffer, index, n);
            position += n;
            return n;
        }

        return rest.Read(buffer, index, count);
    }
}
