using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Extraction.Text;

namespace ClaimScope.Tests.Extraction;

/// <summary>Builds the candidate a rule sees for one number of a sample sentence, so a rule can be tested alone.</summary>
internal static class Candidate
{
    /// <summary>The candidate whose number is written exactly as <paramref name="number"/> in <paramref name="sentence"/>.</summary>
    public static ClaimCandidate For(string sentence, string number)
    {
        foreach (var range in SentenceSplitter.Split(sentence))
        {
            var (offset, length) = range.GetOffsetAndLength(sentence.Length);
            var tokens = NumberScanner.Scan(sentence, offset, offset + length);
            var words = WordReader.Read(sentence, range);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (sentence[tokens[i].Start..tokens[i].End] == number)
                {
                    return new ClaimCandidate(sentence, range, words, tokens, i);
                }
            }
        }

        throw new ArgumentException($"'{number}' is not a number of the sentence", nameof(number));
    }
}
