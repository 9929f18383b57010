using System.Text;

namespace ClaimScope.Core.Feeds;

/// <summary>
/// Replaces bytes that are not valid in the encoding with U+FFFD, as the default does, but counts
/// each replacement so the reader can warn where it happened instead of changing text silently.
/// </summary>
internal sealed class CountingDecoderFallback : DecoderFallback
{
    /// <summary>How many invalid byte sequences were replaced so far.</summary>
    public int Replacements { get; private set; }

    public override int MaxCharCount => 1;

    public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

    private sealed class Buffer(CountingDecoderFallback owner) : DecoderFallbackBuffer
    {
        private bool pending;

        public override int Remaining => pending ? 1 : 0;

        public override bool Fallback(byte[] bytesUnknown, int index)
        {
            owner.Replacements++;
            pending = true;
            return true;
        }

        public override char GetNextChar()
        {
            if (!pending)
            {
                return '\0';
            }

            pending = false;
            return '\uFFFD';
        }

        public override bool MovePrevious() => false;

        public override void Reset() => pending = false;
    }
}
