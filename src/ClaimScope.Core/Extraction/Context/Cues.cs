namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// The cue words that tell what a number means, as stems matched against lower-case words.
/// This is the one data table of the extractor: rules ask "is this a speed word?", never list words themselves.
/// </summary>
public static class Cues
{
    private static readonly string[] SpeedStems =
    [
        "fast", "speedup", "speed-up", "speedups", "speed-ups", "speed", "speeds", "accelerat", "throughput", "quicker",
        "goodput", "tokens/s", "mfu", "tflops", "fps",
    ];

    private static readonly string[] ReductionStems =
    [
        "less", "fewer", "smaller", "lower", "reduc", "cut", "cutting", "sav", "decreas", "shrink", "slash", "shorten",
        "compress", "cheaper", "efficien", "cost-effective", "cost-efficient", "prune", "prunes", "pruning", "eliminat",
        "lighter", "lesser", "minimiz", "shorter", "remov", "fraction",
    ];

    private static readonly string[] ImprovementStems =
    [
        "improv", "outperform", "surpass", "exceed", "beat", "boost", "increas", "enhanc", "gain", "higher", "better",
        "raise", "lift", "jump", "advanc", "margin",
    ];

    private static readonly string[] WorseStems =
    [
        "slower", "overhead", "degrad", "drop", "worse", "loss", "penalty", "regress", "deteriorat", "sacrific",
    ];

    private static readonly string[] QualityStems =
    [
        "accuracy", "accurac", "f1", "f-score", "miou", "map", "precision", "recall", "success", "pass@", "win-rate", "win",
        "score", "bleu", "rouge", "fid", "perplexity", "error", "mae", "rmse", "mape", "auc", "auroc", "exact", "correctness",
        "resolution", "resolve", "solve", "coverage", "utilization", "utilisation", "hit", "top-1", "top-5", "elo",
        "performance", "quality", "rate", "ece", "wer", "cer", "psnr", "ssim", "iou", "throughputs", "efficienc", "r@",
    ];

    private static readonly string[] LowerIsBetterStems =
    [
        "error", "perplexity", "mae", "rmse", "mape", "hallucinat", "wer", "cer", "fid", "loss", "gap", "violation",
    ];

    private static readonly string[] CostNouns =
    [
        "memory", "latency", "time", "flops", "compute", "computation", "computational", "energy", "power", "parameter",
        "size", "cache", "kv", "token", "communication", "storage", "cost", "data", "footprint", "vram", "bandwidth",
        "area", "gpu", "hours", "resources", "budget", "ttft", "runtime", "traffic", "bits", "feature", "iterations",
        "steps", "samples", "calls", "queries", "examples", "annotation", "labels",
    ];

    private static readonly string[] CapacityNouns = ["batch", "context", "sequence", "sequences", "images", "window", "capacity"];

    private static readonly string[] ResultVerbs =
    [
        "achiev", "reach", "attain", "obtain", "score", "yield", "deliver", "sustain", "record", "solv", "resolv",
        "answer", "maintain", "retain", "preserv", "recover", "match", "runs", "sets", "hits", "gets",
    ];

    /// <summary>A word of speed; "accelerator" is hardware (or a particle accelerator), not a speed-up.</summary>
    public static bool IsSpeed(string word) => StartsWithAny(word, SpeedStems) && !word.StartsWith("accelerator", StringComparison.Ordinal);

    /// <summary>A word of reduction, or a compound ending in one ("memory-savings").</summary>
    public static bool IsReduction(string word) => StartsWithAny(word, ReductionStems) || StartsWithAny(LastPart(word), ReductionStems);

    public static bool IsImprovement(string word) => StartsWithAny(word, ImprovementStems);

    public static bool IsWorse(string word) => StartsWithAny(word, WorseStems);

    public static bool IsQuality(string word) => StartsWithAny(word, QualityStems) || Lexicon.Words.Is(word, Lexicon.WordFlags.QualityMetric);

    /// <summary>A quality where lower is better; a compound that only starts with one ("error-induced") is not.</summary>
    public static bool IsLowerBetter(string word) => !word.Contains('-', StringComparison.Ordinal) && StartsWithAny(word, LowerIsBetterStems);

    public static bool IsCost(string word) => StartsWithAny(word, CostNouns);

    public static bool IsCapacity(string word) => StartsWithAny(word, CapacityNouns);

    public static bool IsResultVerb(string word) => StartsWithAny(word, ResultVerbs);

    private static string LastPart(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && dash + 1 < word.Length ? word[(dash + 1)..] : "";
    }

    private static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
