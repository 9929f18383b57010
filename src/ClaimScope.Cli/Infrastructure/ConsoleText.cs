using System.Text;

namespace ClaimScope.Cli.Infrastructure;

/// <summary>
/// Makes untrusted text (titles, abstracts, file names from feeds) safe to print on a terminal:
/// control characters are what escape sequences are made of (ESC starts one, BEL ends some, C1
/// CSI/OSC start others), and bidirectional overrides can make a line read differently from what
/// it holds. They are dropped; line breaks and tabs become spaces, so a message stays one line.
/// </summary>
internal static class ConsoleText
{
    /// <summary>The text as one printable line.</summary>
    public static string Line(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!text.AsSpan().ContainsAny(Unsafe))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\r' or '\t')
            {
                builder.Append(' ');
            }
            else if (!IsUnsafe(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(UnsafeCharacters());

    private static bool IsUnsafe(char c) =>
        c < 0x20 || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    private static string UnsafeCharacters()
    {
        var builder = new StringBuilder();
        for (var c = '\0'; c < '\u2070'; c++)
        {
            if (IsUnsafe(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
