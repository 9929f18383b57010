using ClaimScope.Core.Extraction.Context;
using ClaimScope.Core.Extraction.Scanning;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// An absolute level in a unit of its own: "achieve 43 TFlops/GPU", "decode throughput of 1,943
/// tokens/s", "requiring only 8.12 GB VRAM", "143.69s runtime", "a rental cost of just $537,703".
/// A measure needs a cue that it is a result (a verb of achievement, "only", a named quantity);
/// hardware ("40GB A100 GPUs") and the study's own spend ("more than 400,000 GPU-hours") are not,
/// but an amount saved is ("saving 4.4 million TPUv4 hours").
/// </summary>
public sealed class MeasureMetricRule : IClaimRule
{
    private static readonly string[] Quantities =
    [
        "throughput", "latency", "runtime", "memory", "vram", "power", "frequency", "area", "efficiency", "speed", "time",
        "ttft", "tpot", "cost", "costs", "savings", "saving", "fid", "rate", "consumption", "footprint", "intensity",
    ];

    public RuleOutcome Match(ClaimCandidate candidate)
    {
        var token = candidate.Token;
        var dollars = token.Unit == NumberUnit.None && token.Start > 0 && candidate.Text[token.Start - 1] == '$' && !IsInlineMath(candidate);
        if (token.Unit != NumberUnit.Measure && !dollars)
        {
            return RuleOutcome.Pass;
        }

        if (IsHardware(candidate.RightWord(0)) || candidate.LeftWord(0) is "per" or "each" or "every")
        {
            return RuleOutcome.Reject;
        }

        var start = dollars ? token.Start - 1 : token.Start;
        var unit = dollars ? "$" : token.UnitText;
        if (dollars && (candidate.FindLeft(w => w.StartsWith("sav", StringComparison.Ordinal) || w.StartsWith("cost", StringComparison.Ordinal), 4) >= 0
            || candidate.FindRight(w => w.StartsWith("cost", StringComparison.Ordinal) || w.StartsWith("saving", StringComparison.Ordinal) || Cues.IsReduction(w), 3) >= 0))
        {
            // "saves $2.5M in compute costs", "$103K+ in cost reduction": an absolute saving.
            return RuleOutcome.Accept(ClaimKind.Metric, unit, start, token.End);
        }

        // "saving ~4.4 million TPUv4 hours", "cuts 2,000 GPU hours": an absolute saving is a metric in its own unit.
        var saving = candidate.FindLeft(w => w.StartsWith("sav", StringComparison.Ordinal) || w is "cut" or "cuts" or "cutting", 3);
        if (saving >= 0)
        {
            return RuleOutcome.Accept(ClaimKind.Metric, unit, candidate.Left(saving).Start, token.End);
        }

        var verb = candidate.FindLeft(w => Cues.IsResultVerb(w) || w is "only" or "just" or "merely" or "requiring" or "requires" or "consuming" or "consumes" or "exceed" or "exceeds" or "sustaining" or "sustains", 3);
        if (verb >= 0)
        {
            return RuleOutcome.Accept(ClaimKind.Metric, unit, candidate.Left(verb).Start, token.End);
        }

        // A rate ("tokens/s", "TOPS/W", "TFLOPS") is a level of performance by itself.
        if (unit.Contains('/', StringComparison.Ordinal) || unit.EndsWith(" per second", StringComparison.Ordinal)
            || unit.EndsWith("FLOPS", StringComparison.OrdinalIgnoreCase) || unit.EndsWith("OPS", StringComparison.Ordinal) || unit is "FPS" or "fps" or "QPS" or "RPS")
        {
            return RuleOutcome.Accept(ClaimKind.Metric, unit, start, token.End);
        }

        // "renders a scene in 0.8 seconds", "within 3 minutes": the time a task takes is the level reached.
        if (candidate.LeftWord(Lead(candidate)) is "in" or "within" && IsDuration(unit) && candidate.RightWord(0) is not ("of" or "per"))
        {
            return RuleOutcome.Accept(ClaimKind.Metric, unit, candidate.Left(Lead(candidate)).Start, token.End);
        }

        var named = candidate.FindLeft(IsQuantity, 3);
        if (named >= 0 && (named == 0 || candidate.LeftWord(0) is "of" or "at" or "to" or "is" or "in" or "under" or "below"))
        {
            return RuleOutcome.Accept(ClaimKind.Metric, unit, candidate.Left(named).Start, token.End);
        }

        var after = candidate.FindRight(IsQuantity, 2);
        var hours = unit.Contains("hour", StringComparison.OrdinalIgnoreCase);
        return after >= 0 && (!hours || candidate.RightWord(after).StartsWith("saving", StringComparison.Ordinal))
            ? RuleOutcome.Accept(ClaimKind.Metric, unit, start, candidate.Right(after).End)
            : RuleOutcome.Pass;
    }

    /// <summary>
    /// "$50$ tests", "$4500\,{\rm km\,s^{-1}}$", "$2\pi /3$": the '$' opens LaTeX inline math, not money. Math closes
    /// with a second '$' soon after, with no space or with LaTeX between; "$2.5M vs $5M" is money.
    /// </summary>
    private static bool IsInlineMath(ClaimCandidate candidate)
    {
        var after = candidate.TextAfter(40);
        var close = after.IndexOf('$');
        if (close < 0)
        {
            return false;
        }

        var inside = after[..close];
        return inside.IndexOf(' ') < 0 || inside.IndexOfAny("\\^_{}=") >= 0;
    }

    private static int Lead(ClaimCandidate candidate) => candidate.LeftWord(0) is "only" or "just" or "about" or "approximately" or "under" ? 1 : 0;

    private static bool IsDuration(string unit) =>
        unit is "s" or "ms" or "µs" or "μs" or "seconds" or "second" or "sec" or "minutes" or "minute" or "mins" or "hours" or "hour" or "days";

    private static bool IsQuantity(string word) => Array.IndexOf(Quantities, word) >= 0;

    private static bool IsHardware(string word) =>
        word is "gpu" or "gpus" or "a100" or "h100" or "a100s" or "h100s" or "v100" or "rtx" or "nvidia" or "cpu" or "cpus" or "hbm" or "ram" or "dram"
        || (word.Length >= 4 && word[0] is 'a' or 'h' or 'v' && char.IsDigit(word[1]));
}
