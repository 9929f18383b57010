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
    private int? rightClauseCount;

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

    /// <summary>How many words a rule may look across; keeps a pathological 10 MB sentence linear.</summary>
    public const int SentenceReach = 40;

    /// <summary>How far into the abstract a rule may look for its topic.</summary>
    public const int AbstractReach = 4000;

    private const int SurroundingChars = 300;

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

    /// <summary>The k-th word to the left, or "" past either end, so rules can look around without bounds checks.</summary>
    public string LeftWord(int k) => k >= 0 && k < LeftCount ? Left(k).Lower : "";

    public string RightWord(int k) => k >= 0 && k < RightCount ? Right(k).Lower : "";

    /// <summary>How many right words lie before the clause ends (a comma, bracket, colon or semicolon).</summary>
    public int RightClauseCount => rightClauseCount ??= CountRightClause();

    private int CountRightClause()
    {
        var position = Token.End;
        for (var k = 0; k < Math.Min(RightCount, SentenceReach); k++)
        {
            var word = Right(k);
            if (Text.AsSpan(position, word.Start - position).IndexOfAny(",;:()[]") >= 0)
            {
                return k;
            }

            position = word.End;
        }

        return Math.Min(RightCount, SentenceReach);
    }

    /// <summary>The same sentence seen from another of its numbers.</summary>
    public ClaimCandidate At(int index) => new(Text, Sentence, words, Tokens, index);

    /// <summary>
    /// The last number of the list this one opens ("41.8% and 42.6% improvement", "37% and 55% w.r.t."),
    /// or this one when it is not followed by a list. Bounded, so a long run of numbers stays linear.
    /// </summary>
    public ClaimCandidate ListEnd()
    {
        var last = Index;
        while (last + 1 < Tokens.Count && last - Index < 6 && IsListGap(Tokens[last].End, Tokens[last + 1].Start))
        {
            last++;
        }

        return last == Index ? this : At(last);
    }

    private bool IsListGap(int end, int start)
    {
        if (start <= end || start - end > 7)
        {
            return false;
        }

        var gap = Text.AsSpan(end, start - end).Trim(" $}{".AsSpan());
        return gap is "," or "and" or ", and" or "or" or ", or" or "/";
    }

    /// <summary>
    /// Where the words that can describe this number begin: after the previous number that is not
    /// part of the same list, whose own cue words they are ("speedups of 2.5x for over 25%").
    /// </summary>
    public int ClauseStartBefore()
    {
        var head = Index;
        while (head > 0 && head - Index > -6 && IsListGap(Tokens[head - 1].End, Tokens[head].Start))
        {
            head--;
        }

        // Names and bare counts ("Llama-2 70B", "13 tasks") have no cue words of their own.
        var before = head - 1;
        while (before >= 0 && Index - before < 8 && Tokens[before].Unit == NumberUnit.None)
        {
            before--;
        }

        return before >= 0 ? Tokens[before].End : Sentence.Start.GetOffset(Text.Length);
    }

    public NumberToken? Previous => Index > 0 ? Tokens[Index - 1] : null;

    public NumberToken? Next => Index + 1 < Tokens.Count ? Tokens[Index + 1] : null;

    /// <summary>How many hedge words ("more than", "up to", "an average of") stand right before the number, at most three.</summary>
    public int LeftHedgeCount()
    {
        var k = 0;
        while (k < 3 && Lexicon.Words.Is(LeftWord(k), Lexicon.WordFlags.Hedge))
        {
            k++;
        }

        return k;
    }

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

    /// <summary>The sentence around the number, at most a few hundred characters each side.</summary>
    public ReadOnlySpan<char> Surroundings()
    {
        var (offset, length) = Sentence.GetOffsetAndLength(Text.Length);
        var from = Math.Max(offset, Token.Start - SurroundingChars);
        var to = Math.Min(offset + length, Token.End + SurroundingChars);
        return Text.AsSpan(from, to - from);
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
