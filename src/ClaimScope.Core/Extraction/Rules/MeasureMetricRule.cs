using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// An absolute level in a unit of its own: "6,688 tokens/s", "40 TFlops/GPU", "8.19 GB VRAM",
/// "17.1 ms", "a rental cost of just $534,700". Hardware descriptions ("40GB A100 GPUs",
/// "on 8 GPUs") are not results and are left alone.
/// </summary>
public sealed class MeasureMetricRule : IClaimRule
{
    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        var dollars = token.Unit == NumberUnit.None && token.Start > 0 && candidate.Text[token.Start - 1] == '$';
        if (token.Unit != NumberUnit.Measure && !dollars)
        {
            return RuleOutcome.Pass;
        }

        var next = candidate.RightWord(0);
        if (IsHardware(next) || candidate.LeftWord(0) is "per" or "each" or "every")
        {
            return RuleOutcome.Reject;
        }

        if (dollars)
        {
            var money = candidate.FindLeft(w => Cues.IsCost(w) || w.StartsWith("sav", StringComparison.Ordinal), 5) >= 0
                || candidate.FindRight(w => Cues.IsCost(w) || Cues.IsReduction(w), 3) >= 0;
            return money ? RuleOutcome.Accept(ClaimKind.Metric, "$", token.Start - 1, token.End) : RuleOutcome.Pass;
        }

        // Durations and sizes are often settings ("trained for 3 days", "a 2 GB corpus"): ask for a result cue.
        var isSetting = token.UnitText is "seconds" or "minutes" or "hours" or "days" or "weeks" or "MB" or "TB" or "GB" or "s";
        if (isSetting && candidate.FindLeft(w => Cues.IsResultVerb(w) || w is "only" or "just" or "requiring" or "requires" or "consuming" or "in" or "within" or "to" or "of", 4) < 0
            && candidate.FindRight(w => w is "runtime" or "memory" or "vram" or "latency", 3) < 0)
        {
            return RuleOutcome.Pass;
        }

        return RuleOutcome.Accept(ClaimKind.Metric, token.UnitText, token.Start, token.End);
    }

    private static bool IsHardware(string word) =>
        word is "gpu" or "gpus" or "a100" or "h100" or "a100s" or "h100s" or "v100" or "rtx" or "nvidia" or "cpu" or "cpus" or "hbm" or "ram" or "dram"
        || (word.Length >= 4 && word[0] is 'a' or 'h' or 'v' && char.IsDigit(word[1]));
}
