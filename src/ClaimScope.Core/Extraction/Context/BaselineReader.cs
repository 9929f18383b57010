using ClaimScope.Core.Extraction.Lexicon;

namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// Reads the named baseline of a comparison, as the guideline defines it. The comparison is
/// found after the number first ("3x faster than vLLM", "a 12x speedup compared to X", "1.8x the
/// throughput of X", "gains over X"), else before it in the sentence ("outperforms X by 3%",
/// "compared with X, it cuts latency by 35%"). The rival is the noun phrase after the marker,
/// without articles and generic heads ("their CPU-based counterparts" → "CPU-based"), resolved
/// through an example ("state-of-the-art models such as X" → X); a phrase that is generic
/// ("the baseline", "existing methods", "the previous best") names nothing.
/// </summary>
public static class BaselineReader
{
    private const int RightReach = 14;

    public static string? Read(ClaimCandidate candidate)
    {
        var right = Math.Min(RightReach, candidate.RightCount);
        for (var k = 0; k < right; k++)
        {
            if (MarkerEnd(candidate, k, rightSide: true) is { } end)
            {
                return RivalPhrase.Read(candidate.Text, end, SentenceEnd(candidate));
            }
        }

        for (var k = 0; k < Math.Min(ClaimCandidate.SentenceReach, candidate.LeftCount); k++)
        {
            if (MarkerEnd(candidate, k, rightSide: false) is { } end && end <= candidate.Token.Start)
            {
                return RivalPhrase.Read(candidate.Text, end, candidate.Token.Start);
            }
        }

        return null;
    }

    /// <summary>Where the rival starts when the k-th word on that side of the number opens a comparison.</summary>
    private static int? MarkerEnd(ClaimCandidate candidate, int k, bool rightSide)
    {
        // In text order: the word after the marker and the word before it.
        var word = rightSide ? candidate.Right(k) : candidate.Left(k);
        var next = rightSide ? candidate.RightWord(k + 1) : candidate.LeftWord(k - 1);
        var before = rightSide ? candidate.RightWord(k - 1) : candidate.LeftWord(k + 1);
        var flags = Words.Of(word.Lower);
        if (word.Lower is "compared" or "relative" or "comparison" && next is "to" or "with")
        {
            return NextWordEnd(candidate, word.End);
        }

        // "comparable to X", "on par with X": parity with a rival while saving a cost.
        if (!rightSide && ((word.Lower == "comparable" && next == "to") || (word.Lower == "par" && next == "with")))
        {
            return NextWordEnd(candidate, word.End);
        }

        if ((flags & WordFlags.RivalVerb) != 0 && !rightSide)
        {
            return word.End;
        }

        if ((flags & WordFlags.Comparison) != 0 && !StartsWithNumber(candidate.Text, word.End))
        {
            // On the left, "over X" names a rival only after a gain ("improves accuracy over X"); "than" there is another number's.
            // "over X by 8%" also names it, the "by" standing right before the number.
            var leftOk = word.Lower is "versus" or "vs" or "vs." or "against"
                || (word.Lower is "over" or "upon" && (Words.Is(before, WordFlags.GainNoun) || candidate.LeftWord(0) == "by"));
            return rightSide || leftOk ? word.End : null;
        }

        // "1.84x the training throughput of X", "1.10x that of X".
        if (rightSide && k == 0 && word.Lower is "the" or "that")
        {
            for (var j = 1; j < Math.Min(5, candidate.RightCount); j++)
            {
                if (candidate.RightWord(j) == "of")
                {
                    return candidate.Right(j).End;
                }
            }
        }

        return null;
    }

    private static int NextWordEnd(ClaimCandidate candidate, int position)
    {
        var text = candidate.Text;
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }

        while (position < text.Length && char.IsLetter(text[position]))
        {
            position++;
        }

        return position;
    }

    private static bool StartsWithNumber(string text, int position)
    {
        while (position < text.Length && text[position] is ' ' or '$' or '~')
        {
            position++;
        }

        return position < text.Length && char.IsAsciiDigit(text[position]);
    }

    private static int SentenceEnd(ClaimCandidate candidate) => candidate.Sentence.End.GetOffset(candidate.Text.Length);
}
