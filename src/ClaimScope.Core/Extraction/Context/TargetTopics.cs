namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// The table of topic words a target is named from, and the two-word topics that read better than
/// their head alone ("kv cache", "training time", "peak memory", "model FLOPs utilization" → mfu).
/// </summary>
internal static class TargetTopics
{
    private static readonly Dictionary<string, string> Topics = new(StringComparer.Ordinal)
    {
        ["inference"] = "inference",
        ["generation"] = "inference",
        ["decoding"] = "decoding",
        ["decode"] = "decoding",
        ["prefill"] = "prefill",
        ["kv"] = "kv cache",
        ["kv-cache"] = "kv cache",
        ["cache"] = "kv cache",
        ["sampling"] = "sampling",
        ["training"] = "training",
        ["pre-training"] = "training",
        ["pretraining"] = "training",
        ["fine-tuning"] = "training",
        ["convergence"] = "training",
        ["converges"] = "training",
        ["converge"] = "training",
        ["throughput"] = "throughput",
        ["tokens/s"] = "throughput",
        ["tflops"] = "throughput",
        ["goodput"] = "goodput",
        ["latency"] = "latency",
        ["ttft"] = "ttft",
        ["time-to-first-token"] = "ttft",
        ["memory"] = "memory",
        ["vram"] = "memory",
        ["footprint"] = "memory",
        ["flops"] = "flops",
        ["compute"] = "compute",
        ["computation"] = "compute",
        ["computational"] = "compute",
        ["energy"] = "energy",
        ["power"] = "power",
        ["parameter"] = "parameters",
        ["parameters"] = "parameters",
        ["params"] = "parameters",
        ["cost"] = "cost",
        ["token"] = "tokens",
        ["tokens"] = "tokens",
        ["data"] = "data",
        ["storage"] = "storage",
        ["communication"] = "communication",
        ["area"] = "area",
        ["runtime"] = "runtime",
        ["execution"] = "execution time",
        ["consumption"] = "consumption",
        ["usage"] = "usage",
        ["overhead"] = "overhead",
        ["attention"] = "attention",
        ["accuracy"] = "accuracy",
        ["perplexity"] = "perplexity",
        ["fid"] = "fid",
        ["miou"] = "miou",
        ["map"] = "map",
        ["f1"] = "f1",
        ["f-score"] = "f-score",
        ["f1-score"] = "f1",
        ["bleu"] = "bleu",
        ["pass@1"] = "pass@1",
        ["success"] = "success rate",
        ["win-rate"] = "win rate",
        ["error"] = "error",
        ["mae"] = "mae",
        ["wer"] = "wer",
        ["cer"] = "cer",
        ["mape"] = "error",
        ["rmse"] = "rmse",
        ["recall"] = "recall",
        ["recall@1"] = "recall",
        ["mfu"] = "mfu",
        ["utilization"] = "utilization",
        ["size"] = "model size",
        ["smaller"] = "model size",
        ["larger"] = "model size",
        ["checkpointing"] = "checkpointing",
        ["search"] = "search",
        ["sparsity"] = "sparsity",
        ["bandwidth"] = "bandwidth",
        ["time"] = "time",
        ["iteration"] = "iterations",
        ["step"] = "steps",
        ["coverage"] = "coverage",
        ["cover"] = "coverage",
        ["covering"] = "coverage",
        ["hallucination"] = "hallucination",
        ["correctness"] = "correctness",
        ["gpus"] = "gpus",
        ["connection"] = "connections",
        ["feature"] = "features",
        ["annotation"] = "annotation",
        ["frequency"] = "frequency",
        ["intensity"] = "arithmetic intensity",
        ["glue"] = "glue",
        ["efficiency"] = "efficiency",
        ["efficiencies"] = "efficiency",
        ["hit"] = "hit rate",
        ["cost-effective"] = "cost",
        ["cost-efficient"] = "cost",
        ["dollar"] = "cost",
        ["compression"] = "compression",
        ["performance"] = "performance",
        ["quality"] = "quality",
    };

    private static readonly HashSet<string> QualityTopics = new(StringComparer.Ordinal)
    {
        "accuracy", "perplexity", "fid", "inception score", "miou", "map", "f1", "f-score", "bleu", "pass@1", "success rate",
        "win rate", "error", "mae", "rmse", "recall", "coverage", "hallucination", "correctness", "hit rate", "glue",
    };

    private static readonly HashSet<string> CostTopics = new(StringComparer.Ordinal)
    {
        "memory", "peak memory", "kv cache", "flops", "compute", "energy", "power", "parameters", "model size", "cost", "tokens",
        "data", "storage", "communication", "area", "gpus", "connections", "features", "sparsity", "steps",
        "iterations", "training cost", "inference cost", "deployment cost", "sampling cost",
    };

    private static readonly HashSet<string> SpeedTopics = new(StringComparer.Ordinal)
    {
        "inference", "decoding", "prefill", "sampling", "training", "throughput", "goodput", "latency", "ttft", "runtime",
        "execution time", "attention", "checkpointing", "search", "mfu", "utilization", "time",
    };

    /// <summary>
    /// Whether a topic can be what a claim of this kind is about: a speedup is about speed, a gain in
    /// quality not about memory or latency, a percentage score not about steps or tokens.
    /// </summary>
    public static bool Fits(Model.ClaimKind kind, string topic, string unit) => kind switch
    {
        Model.ClaimKind.Speedup or Model.ClaimKind.Reduction when IsMetricPhrase(topic) => false,
        Model.ClaimKind.Speedup => !QualityTopics.Contains(topic) && !CostTopics.Contains(topic) && topic is not ("performance" or "quality" or "efficiency" or "time"),
        Model.ClaimKind.Reduction => !QualityTopics.Contains(topic),
        Model.ClaimKind.Improvement => !CostTopics.Contains(topic) && !SpeedTopics.Contains(topic),
        // A percentage score is a quality or a utilisation, not a phase of the pipeline.
        _ => unit != "%" || (!CostTopics.Contains(topic) && (!SpeedTopics.Contains(topic) || topic is "throughput" or "mfu" or "utilization")),
    };

    /// <summary>The target a named score unit is ("FID" → fid, "IS" → inception score), or null.</summary>
    public static string? OfScoreUnit(string unit) => unit switch
    {
        "IS" => "inception score",
        "FID" or "gFID" or "sFID" or "BLEU" or "PSNR" or "SSIM" or "CIDEr" or "ROUGE-L" or "Elo" or "CLIPScore" or "mAP" or "mIoU" or "AP" or "AUC" or "AUROC" or "NDCG" or "MRR" or "METEOR" => unit.ToLowerInvariant(),
        _ => null,
    };

    /// <summary>The topic a metric's own unit implies ("tokens/s" → throughput, "GB" → memory).</summary>
    public static string? OfUnit(string unit) => unit switch
    {
        "GB" or "MB" or "TB" => "memory",
        "ms" => "latency",
        "s" or "seconds" or "minutes" => "runtime",
        "hours" or "days" or "weeks" => "training time",
        "W" or "mW" => "power",
        "pJ" => "energy",
        "mm2" => "area",
        "GHz" or "MHz" => "frequency",
        "$" => "cost",
        _ when unit.Contains('/', StringComparison.Ordinal) || unit.StartsWith("TFL", StringComparison.OrdinalIgnoreCase) || unit.Contains("FPS", StringComparison.OrdinalIgnoreCase) => "throughput",
        _ when unit.Contains("hour", StringComparison.OrdinalIgnoreCase) => "compute",
        _ => null,
    };

    /// <summary>The topic named by the k-th word on one side, or null.</summary>
    public static string? Find(ClaimCandidate candidate, int k, bool right)
    {
        var word = right ? candidate.RightWord(k) : candidate.LeftWord(k);
        if (word == "is" && !IsUpper(candidate, k, right))
        {
            return null;
        }

        if (Lookup(word) is not { } topic)
        {
            return MetricPhrase(candidate, k, right, word);
        }

        // A generic head reads with its modifier: "communication cost", "computational cost", "energy efficiency".
        var modifier = right ? candidate.RightWord(k - 1) : candidate.LeftWord(k + 1);
        if (GenericHeads.Contains(word) && Lookup(modifier) is { } modifierTopic && modifier is not ("training" or "inference" or "peak" or "model"))
        {
            return modifierTopic + " " + word;
        }

        var next = right ? candidate.RightWord(k + 1) : candidate.LeftWord(k - 1);
        var previous = right ? candidate.RightWord(k - 1) : candidate.LeftWord(k + 1);
        return (previous, word, next) switch
        {
            (_, "kv", _) => "kv cache",
            (_, "training" or "inference" or "deployment" or "sampling", "cost" or "costs") => word + " cost",
            (_, "training", "time" or "throughput") => "training " + next,
            (_, "flops", "utilization") or ("flops", "utilization", _) => "mfu",
            ("peak", "memory", _) => "peak memory",
            ("training" or "execution" or "wall-clock" or "transfer", "time", _) => previous == "training" ? "training time" : "execution time",
            ("power", "consumption", _) or (_, "power", _) => "power",
            ("model", _, _) when topic == "model size" => "model size",
            ("scaling", "efficiency" or "efficiencies", _) => "scaling efficiency",
            ("area" or "energy" or "computing", "efficiency" or "efficiencies", _) => previous == "computing" ? "computing efficiency" : previous,
            _ => topic,
        };
    }

    /// <summary>Heads that name a metric with the word before them: "pass rate", "overall score", "face similarity", "HTML match".</summary>
    private static readonly HashSet<string> MetricHeads = new(StringComparer.Ordinal) { "rate", "score", "similarity", "match" };

    private static string? MetricPhrase(ClaimCandidate candidate, int k, bool right, string word)
    {
        var modifier = right ? candidate.RightWord(k - 1) : candidate.LeftWord(k + 1);
        return MetricHeads.Contains(word) && modifier.Length > 1 && char.IsLetter(modifier[0]) && !IsFunctionWord(modifier) ? modifier + " " + word : null;
    }

    /// <summary>Whether a topic is a metric named by its head ("pass rate"), which only a quality claim can be about.</summary>
    public static bool IsMetricPhrase(string topic) => topic.LastIndexOf(' ') is var space and > 0 && MetricHeads.Contains(topic[(space + 1)..]);

    private static bool IsFunctionWord(string word) =>
        word is "the" or "a" or "an" or "and" or "or" or "of" or "in" or "on" or "its" or "their" or "our" or "higher" or "lower" or "better" or "same" or "this" or "that";

    private static readonly HashSet<string> GenericHeads = new(StringComparer.Ordinal)
    {
        "cost", "costs", "time", "efficiency", "performance", "consumption", "usage", "footprint", "overhead", "size",
    };

    /// <summary>The topic of a word, its singular, or a part of a compound ("system-memory", "memory-savings").</summary>
    private static string? Lookup(string word)
    {
        if (word.Length == 0)
        {
            return null;
        }

        if (Topics.TryGetValue(word, out var topic) || (word.EndsWith('s') && word != "gpus" && Topics.TryGetValue(word[..^1], out topic)))
        {
            return topic;
        }

        var dash = word.LastIndexOf('-');
        if (dash <= 0)
        {
            return null;
        }

        // The head is the last part ("system-memory"); the first part only leads when the head is a saving or a generic noun ("memory-savings", not "token-level").
        var head = word[(dash + 1)..];
        return Lookup(head) ?? (GenericHeads.Contains(head) || head.StartsWith("saving", StringComparison.Ordinal) || head.StartsWith("reduction", StringComparison.Ordinal) ? Lookup(word[..dash]) : null);
    }

    private static bool IsUpper(ClaimCandidate candidate, int k, bool right)
    {
        var word = right ? candidate.Right(k) : candidate.Left(k);
        return candidate.Text.AsSpan(word.Start, word.End - word.Start) is "IS";
    }
}
