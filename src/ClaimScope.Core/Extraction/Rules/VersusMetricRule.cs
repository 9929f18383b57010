using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// "defect detection rate (96.04% vs. 55.68%)": two levels set side by side. The first is the
/// score the method reaches, a metric; the one after "vs." is the baseline's and no claim. A
/// change stated with "by" ("improves by 5% vs. 3% for LoRA") is left to the change rules.
/// </summary>
public sealed class VersusMetricRule : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        if (token.Unit != NumberUnit.Percent)
        {
            return RuleOutcome.Pass;
        }

        if (candidate.Previous is { Unit: NumberUnit.Percent } && EndsWithVersus(candidate.TextBefore(12)))
        {
            return RuleOutcome.Reject;
        }

        if (candidate.Next is { Unit: NumberUnit.Percent } && StartsWithVersus(candidate.TextAfter(12)) && candidate.LeftWord(0) != "by")
        {
            return RuleOutcome.Accept(ClaimKind.Metric, "%", token.Start, token.End);
        }

        return RuleOutcome.Pass;
    }

    private static bool StartsWithVersus(ReadOnlySpan<char> after)
    {
        var trimmed = after.TrimStart(" $}".AsSpan());
        return trimmed.StartsWith("vs", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("versus", StringComparison.OrdinalIgnoreCase);
    }

    private static bool EndsWithVersus(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd(" ${~".AsSpan());
        return trimmed.EndsWith("vs.", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(" vs", StringComparison.OrdinalIgnoreCase)
            || trimmed.EndsWith("versus", StringComparison.OrdinalIgnoreCase);
    }
}
