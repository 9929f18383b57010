using System.Text;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Chooses the text encoding from a byte-order mark (UTF-8 or UTF-16; none means UTF-8) and drops
/// the mark, with a decoder that counts what it has to replace instead of hiding it.
/// </summary>
internal static class TextEncodings
{
    public static Encoding Choose(ReplayStream content, DecoderFallback fallback)
    {
        Encoding encoding;
        if (content.StartsWith([0xEF, 0xBB, 0xBF]))
        {
            content.Skip(3);
            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        else if (content.StartsWith([0xFF, 0xFE]))
        {
            content.Skip(2);
            encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
        }
        else if (content.StartsWith([0xFE, 0xFF]))
        {
            content.Skip(2);
            encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
        }
        else
        {
            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }

        var counting = (Encoding)encoding.Clone();
        counting.DecoderFallback = fallback;
        return counting;
    }
}
