using System.Text;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Reads lines ("\n", "\r\n" or a lone "\r", like <see cref="TextReader.ReadLine"/>) with a cap
/// on their length: a longer line is counted and passed over, never held, and comes back as a
/// <see cref="Line"/> without text so the reader can report it by its number.
/// </summary>
public sealed class LineReader(TextReader input, int maxChars)
{
    private readonly char[] buffer = new char[1 << 16];
    private readonly StringBuilder current = new();
    private int position;
    private int filled;
    private int number;

    /// <summary>One line: its 1-based number, its text (null when over the cap) and its length.</summary>
    public readonly record struct Line(int Number, string? Text, long Length)
    {
        public bool TooLong => Text is null;
    }

    /// <summary>The next line, or false at the end of the input.</summary>
    public bool TryRead(out Line line)
    {
        current.Clear();
        long length = 0;
        var sawAny = false;
        while (true)
        {
            if (position == filled && !Fill())
            {
                if (!sawAny)
                {
                    line = default;
                    return false;
                }

                break;
            }

            sawAny = true;
            var span = buffer.AsSpan(position, filled - position);
            var end = span.IndexOfAny('\n', '\r');
            var take = end < 0 ? span.Length : end;
            if (length + take <= maxChars)
            {
                current.Append(span[..take]);
            }

            length += take;
            position += take;
            if (end < 0)
            {
                continue;
            }

            var newline = buffer[position++];
            if (newline == '\r' && (position < filled || Fill()) && buffer[position] == '\n')
            {
                position++;
            }

            break;
        }

        number++;
        line = new Line(number, length <= maxChars ? current.ToString() : null, length);
        return true;
    }

    private bool Fill()
    {
        position = 0;
        filled = input.Read(buffer, 0, buffer.Length);
        return filled > 0;
    }
}
