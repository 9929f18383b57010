using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// "From A to B": only B, the value the method reaches, is a claim, and it is a metric
/// ("top-1 accuracy from 67.5% to 80.3%", "peak memory from 42GB to 11GB", "face similarity from
/// 0.462 for GPT-Image-2 to 0.499"). A bare decimal takes the quantity named before "from" as
/// its unit. A factor B is left to the change rules.
/// </summary>
public sealed class FromToRule : IClaimRule
{
    private const int MaxGap = 40;

    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        // A starting value is never the claim, even when more words stand before the "to" ("from 15.9% with one sample to 56%").
        // A range read as one token ("ranging from 9x to 53x") already holds both ends; "from 4-5% to just 2%" starts at a range.
        var spansTo = candidate.Text.AsSpan(token.Start, token.End - token.Start).Contains(" to ", StringComparison.Ordinal);
        if (!spansTo && candidate.TextBefore(6).TrimEnd().EndsWith("from", StringComparison.OrdinalIgnoreCase)
            && candidate.TextAfter(50).Contains(" to ", StringComparison.Ordinal))
        {
            return RuleOutcome.Reject;
        }

        // "58.10% rightarrow 61.42%", "73 -> 81": the value before an arrow is the starting point.
        if (candidate.Next is { } next && next.Start - token.End <= 16
            && IsArrow(candidate.Text.AsSpan(token.End, next.Start - token.End)))
        {
            return RuleOutcome.Reject;
        }

        if (token.Unit == NumberUnit.Factor || FromIndex(candidate) is not { } fromIndex)
        {
            return RuleOutcome.Pass;
        }

        var from = candidate.Tokens[fromIndex];
        var unit = token.Unit switch
        {
            NumberUnit.Percent => "%",
            NumberUnit.Measure => token.UnitText,
            _ => ScoreName(candidate) is { Length: > 0 } score ? score
                : NamedQuantity(candidate, fromIndex) is { Length: > 0 } named ? named : CountedCost(candidate, fromIndex),
        };
        return unit.Length == 0 ? RuleOutcome.Pass : RuleOutcome.Accept(ClaimKind.Metric, unit, from.Start, token.End);
    }

    /// <summary>The "from" number this one is the "to" of; names between them ("for GPT-Image-2") are skipped.</summary>
    private static int? FromIndex(ClaimCandidate candidate)
    {
        var text = candidate.Text;
        var sentenceStart = candidate.Sentence.Start.GetOffset(text.Length);
        for (var j = candidate.Index - 1; j >= 0 && candidate.Index - j <= 3; j--)
        {
            var from = candidate.Tokens[j];
            var between = candidate.Token.Start - from.End;
            if (between <= 0 || between > MaxGap)
            {
                return null;
            }

            var gap = text.AsSpan(from.End, between);
            if (IsArrow(gap) && from.Unit == candidate.Token.Unit)
            {
                return j;
            }

            var beforeFrom = text.AsSpan(sentenceStart, from.Start - sentenceStart).TrimEnd();
            if (beforeFrom.EndsWith("from", StringComparison.OrdinalIgnoreCase))
            {
                return EndsWithTo(gap) && gap.IndexOfAny(",;:()") < 0 ? j : null;
            }

            if (!from.AttachedLeft && !from.AttachedRight)
            {
                return null;
            }
        }

        return null;
    }

    // "from 22% up to 43%" is a range of changes, not a level reached.
    private static bool EndsWithTo(ReadOnlySpan<char> gap) =>
        (gap.EndsWith(" to ", StringComparison.Ordinal) && !gap.EndsWith(" up to ", StringComparison.Ordinal)) || gap.EndsWith(" to just ", StringComparison.Ordinal) || gap.EndsWith(" to only ", StringComparison.Ordinal);

    /// <summary>
    /// "improving face similarity from 0.462 to 0.499", "raises mean Pass^4 from 0.45 to 0.65": the noun before
    /// "from" (past a change verb) names a bare decimal. Integers are left alone: "from 16 to 64" is a count.
    /// </summary>
    private static string NamedQuantity(ClaimCandidate candidate, int fromIndex)
    {
        var text = candidate.Text;
        var from = candidate.Tokens[fromIndex];
        if (!IsDecimal(text, candidate.Token) || !IsDecimal(text, from) || from.Unit != NumberUnit.None)
        {
            return "";
        }

        var fromWord = candidate.At(fromIndex);
        var k = 1;
        while (k < 3 && IsChangeVerb(fromWord.LeftWord(k)))
        {
            k++;
        }

        var name = fromWord.LeftWord(k);
        return name.Length < 2 || IsFunctionWord(name) || IsChangeVerb(name) || !char.IsLetter(name[0]) ? "" : text[fromWord.Left(k).Start..fromWord.Left(k).End];
    }

    /// <summary>
    /// "shortens traces from 1,520 to 610 tokens", "cuts sampling steps from 50 to 4": a count
    /// that falls, of a cost noun named after the end value or before "from", is the level reached.
    /// A rising count ("from 1 to 8 bits") is a range of settings.
    /// </summary>
    private static string CountedCost(ClaimCandidate candidate, int fromIndex)
    {
        var from = candidate.Tokens[fromIndex];
        if (from.Unit != NumberUnit.None || candidate.Token.Value >= from.Value || ChangeStatedBeside(candidate))
        {
            return "";
        }

        if (Cues.IsCost(candidate.RightWord(0)))
        {
            return candidate.RightWord(0);
        }

        var fromWord = candidate.At(fromIndex);
        return fromWord.LeftWord(0) == "from" && Cues.IsCost(fromWord.LeftWord(1)) ? fromWord.LeftWord(1) : "";
    }

    /// <summary>"from 50 to 8 steps, giving a 6x speedup": the factor stated right after is the claim, not the count.</summary>
    private static bool ChangeStatedBeside(ClaimCandidate candidate)
    {
        for (var j = candidate.Index + 1; j < candidate.Tokens.Count && candidate.Tokens[j].Start - candidate.Token.End <= 60; j++)
        {
            if (candidate.Tokens[j].Unit == NumberUnit.Factor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An arrow between two values, in any of the forms the dumps leave: "→", "->", "rightarrow", "$\rightarrow$".</summary>
    private static bool IsArrow(ReadOnlySpan<char> gap)
    {
        var core = gap.Trim(" $\\{}~".AsSpan());
        return core is "→" or "->" or "rightarrow" or "Rightarrow" or "longrightarrow";
    }

    private static bool IsDecimal(string text, NumberToken token) => text.AsSpan(token.Start, token.End - token.Start).Contains('.');

    private static bool IsChangeVerb(string word) =>
        Cues.IsImprovement(word) || Cues.IsReduction(word) || Cues.IsWorse(word)
        || word is "rises" or "rose" or "grows" or "grew" or "goes" or "went" or "falls" or "fell" or "moves" or "changes" or "changed";

    private static bool IsFunctionWord(string word) =>
        word is "the" or "a" or "an" or "and" or "or" or "of" or "is" or "are" or "was" or "were" or "it" or "this" or "that" or "which" or "values" or "value";

    private static string ScoreName(ClaimCandidate candidate)
    {
        for (var k = 0; k < Math.Min(6, candidate.LeftCount); k++)
        {
            var word = candidate.Left(k);
            if (NamedScoreMetricRule.IsScoreName(candidate.Text.AsSpan(word.Start, word.End - word.Start)))
            {
                return candidate.Text[word.Start..word.End];
            }
        }

        return "";
    }
}
