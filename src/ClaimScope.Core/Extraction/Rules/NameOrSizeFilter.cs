using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// Rejects numbers that are part of a name or a size label: "Llama-2-70B", "a 7B model", "GPT4",
/// "top-1", "pass@1", "3D", "2-step", exponents ("R^2"), negative numbers, and years. A number glued to a lower-case word ("sim3x", "provide25x")
/// is a lost space or LaTeX command, not a name, and is kept.
/// </summary>
public sealed class NameOrSizeFilter : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        if (token.IsWord)
        {
            return RuleOutcome.Pass;
        }

        if (token.AttachedRight)
        {
            return RuleOutcome.Reject;
        }

        var text = candidate.Text;

        // "2-step FID", "5-shot accuracy", "1-bit weights": a bare number hyphened to the next word is a modifier of it.
        if (token.Unit == NumberUnit.None && token.Low is null && token.End + 1 < text.Length && text[token.End] == '-' && char.IsLetter(text[token.End + 1]))
        {
            return RuleOutcome.Reject;
        }

        if (token.Start > 0 && text[token.Start - 1] is '@' or '-' or '_' or '/' && token.Start > 1 && char.IsLetterOrDigit(text[token.Start - 2]))
        {
            return RuleOutcome.Reject;
        }

        // A minus sign ("-0.73 pp") states a loss, which is no claim.
        if (token.Start > 0 && (text[token.Start - 1] == '^' || (text[token.Start - 1] is '-' or '−' && (token.Start == 1 || !char.IsLetterOrDigit(text[token.Start - 2])))))
        {
            return RuleOutcome.Reject;
        }

        if (token.AttachedLeft && !IsLostSpace(text, token.Start))
        {
            return RuleOutcome.Reject;
        }

        var isYear = token.Unit == NumberUnit.None && token.Low is null && token.Value is >= 1900 and <= 2100 && token.Value == Math.Floor(token.Value);
        return isYear ? RuleOutcome.Reject : RuleOutcome.Pass;
    }

    private static bool IsLostSpace(string text, int start)
    {
        var p = start;
        while (p > 0 && char.IsLetter(text[p - 1]))
        {
            p--;
        }

        var word = text.AsSpan(p, start - p);
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        // A single letter before a number is a label ("v2", "x4"), three or more a glued word.
        return word.Length >= 3 && (p == 0 || !char.IsDigit(text[p - 1]));
    }
}
