namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// Reads the named baseline of a comparison: "over vLLM", "compared to FlashAttention",
/// "than the FP32 baseline", or "outperforms GLIP by". Only names count (a capital or digit in
/// the first word); "over the baseline" names nothing.
/// </summary>
public static class BaselineReader
{
    public static string? Read(ClaimCandidate candidate)
    {
        for (var k = 0; k < Math.Min(8, candidate.RightCount); k++)
        {
            var word = candidate.Right(k).Lower;
            var skip = word switch
            {
                "over" or "than" or "vs" or "versus" or "against" => 1,
                "compared" or "relative" when candidate.RightWord(k + 1) is "to" or "with" => 2,
                _ => 0,
            };
            if (skip > 0)
            {
                return NameAt(candidate, k + skip);
            }
        }

        var verb = candidate.FindLeft(w => w.StartsWith("outperform", StringComparison.Ordinal) || w.StartsWith("surpass", StringComparison.Ordinal), 6);
        return verb > 0 && candidate.LeftWord(0) == "by" ? NameAt(candidate, -verb) : null;
    }

    /// <summary>The name that starts at right word <paramref name="k"/> (or left word -k when negative).</summary>
    private static string? NameAt(ClaimCandidate candidate, int k)
    {
        var first = k >= 0 ? (k < candidate.RightCount ? candidate.Right(k) : default) : candidate.Left(-k - 1);
        if (first.Lower is null)
        {
            return null;
        }

        var start = first.Start;
        if (first.Lower is "the" or "a" or "an" && k >= 0 && k + 1 < candidate.RightCount)
        {
            first = candidate.Right(k + 1);
            start = first.Start;
        }

        var raw = candidate.Text.AsSpan(first.Start, first.End - first.Start);
        if (!HasCapitalOrDigit(raw) || raw is "SoTA" or "SOTA" or "SoA")
        {
            // "the state of the art" names no baseline.
            return null;
        }

        var end = first.End;
        var text = candidate.Text;
        var sentenceEnd = candidate.Sentence.End.GetOffset(text.Length);
        // Extend over further capitalised words and versions ("Stable Diffusion XL", "Llama 3 8B") but stop at punctuation.
        while (end + 1 < sentenceEnd && text[end] == ' ' && (char.IsUpper(text[end + 1]) || char.IsDigit(text[end + 1])) && end - start < 40)
        {
            var next = end + 1;
            while (next < sentenceEnd && (char.IsLetterOrDigit(text[next]) || text[next] is '-' or '.' && next + 1 < sentenceEnd && char.IsLetterOrDigit(text[next + 1])))
            {
                next++;
            }

            end = next;
        }

        return text[start..end];
    }

    private static bool HasCapitalOrDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsUpper(c) || char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
