using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Extraction.Text;

namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// A number in its sentence, as the rules see it: the words on each side (nearest first) and the
/// neighbouring numbers. Rules only read it; they never change it.
/// </summary>
public sealed class ClaimCandidate
{
    private readonly IReadOnlyList<Word> words;
    private readonly int firstRight;

    public ClaimCandidate(string text, Range sentence, IReadOnlyList<Word> words, IReadOnlyList<NumberToken> tokens, int index)
    {
        Text = text;
        Sentence = sentence;
        this.words = words;
        Tokens = tokens;
        Index = index;
        Token = tokens[index];
        firstRight = FirstWordAtOrAfter(words, Token.End);
        var lastLeft = FirstWordAtOrAfter(words, Token.Start) - 1;
        LeftCount = lastLeft + 1;
        RightCount = words.Count - firstRight;
    }

    public string Text { get; }

    public Range Sentence { get; }

    public NumberToken Token { get; }

    public IReadOnlyList<NumberToken> Tokens { get; }

    public int Index { get; }

    public int LeftCount { get; }

    public int RightCount { get; }

    /// <summary>The k-th word to the left of the number (0 is the nearest).</summary>
    public Word Left(int k) => words[LeftCount - 1 - k];

    /// <summary>The k-th word to the right of the number (0 is the nearest).</summary>
    public Word Right(int k) => words[firstRight + k];

    public string LeftWord(int k) => k < LeftCount ? Left(k).Lower : "";

    public string RightWord(int k) => k < RightCount ? Right(k).Lower : "";

    public NumberToken? Previous => Index > 0 ? Tokens[Index - 1] : null;

    public NumberToken? Next => Index + 1 < Tokens.Count ? Tokens[Index + 1] : null;

    /// <summary>The nearest word to the left, within <paramref name="max"/> words, that satisfies the test; its distance or -1.</summary>
    public int FindLeft(Func<string, bool> test, int max)
    {
        for (var k = 0; k < Math.Min(max, LeftCount); k++)
        {
            if (test(Left(k).Lower))
            {
                return k;
            }
        }

        return -1;
    }

    public int FindRight(Func<string, bool> test, int max)
    {
        for (var k = 0; k < Math.Min(max, RightCount); k++)
        {
            if (test(Right(k).Lower))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The raw text between the sentence start (or <paramref name="maxChars"/> back) and the number.</summary>
    public ReadOnlySpan<char> TextBefore(int maxChars)
    {
        var sentenceStart = Sentence.Start.GetOffset(Text.Length);
        var from = Math.Max(sentenceStart, Token.Start - maxChars);
        return Text.AsSpan(from, Token.Start - from);
    }

    public ReadOnlySpan<char> TextAfter(int maxChars)
    {
        var sentenceEnd = Sentence.End.GetOffset(Text.Length);
        var to = Math.Min(sentenceEnd, Token.End + maxChars);
        return Text.AsSpan(Token.End, Math.Max(0, to - Token.End));
    }

    private static int FirstWordAtOrAfter(IReadOnlyList<Word> words, int position)
    {
        int low = 0, high = words.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (words[mid].Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
