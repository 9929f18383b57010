using ClaimScope.Core.Model;

namespace ClaimScope.Core.Extraction.Context;

/// <summary>
/// Names what a number is about ("inference", "kv cache", "accuracy") from the nearest topic word
/// around it, right side first ("3x inference speedup"), then left ("reduces memory by 40%").
/// </summary>
public static class TargetReader
{
    private static readonly Dictionary<string, string> Topics = new(StringComparer.Ordinal)
    {
        ["inference"] = "inference", ["generation"] = "inference", ["decoding"] = "decoding", ["decode"] = "decoding",
        ["prefill"] = "prefill", ["kv"] = "kv cache", ["kv-cache"] = "kv cache", ["sampling"] = "sampling", ["training"] = "training", ["pre-training"] = "training",
        ["pretraining"] = "training", ["fine-tuning"] = "training", ["convergence"] = "training", ["throughput"] = "throughput",
        ["tokens/s"] = "throughput", ["goodput"] = "goodput", ["latency"] = "latency", ["ttft"] = "ttft",
        ["time-to-first-token"] = "ttft", ["memory"] = "memory", ["vram"] = "memory", ["footprint"] = "memory",
        ["flops"] = "flops", ["compute"] = "compute", ["computation"] = "compute", ["computational"] = "compute",
        ["energy"] = "energy", ["power"] = "power", ["parameters"] = "parameters", ["parameter"] = "parameters",
        ["params"] = "parameters", ["cost"] = "cost", ["costs"] = "cost", ["tokens"] = "tokens", ["token"] = "tokens",
        ["data"] = "data", ["storage"] = "storage", ["communication"] = "communication", ["area"] = "area",
        ["runtime"] = "runtime", ["execution"] = "execution time", ["attention"] = "attention", ["kernel"] = "kernel performance",
        ["kernels"] = "kernel performance", ["accuracy"] = "accuracy", ["perplexity"] = "perplexity", ["fid"] = "fid",
        ["miou"] = "miou", ["map"] = "map", ["f1"] = "f1", ["bleu"] = "bleu", ["pass@1"] = "pass@1", ["success"] = "success rate",
        ["win-rate"] = "win rate", ["win-rates"] = "win rate", ["error"] = "error", ["mae"] = "mae", ["recall"] = "recall",
        ["mfu"] = "mfu", ["utilization"] = "utilization", ["speed"] = "inference", ["size"] = "model size", ["smaller"] = "model size",
        ["larger"] = "model size", ["checkpointing"] = "checkpointing", ["search"] = "search", ["sparsity"] = "sparsity",
        ["bandwidth"] = "bandwidth", ["time"] = "time", ["iterations"] = "iterations", ["steps"] = "steps", ["coverage"] = "coverage",
        ["hallucination"] = "hallucination", ["hallucinations"] = "hallucination", ["score"] = "score", ["correctness"] = "correctness",
    };

    public static string Read(ClaimCandidate candidate, ClaimKind kind)
    {
        var right = Nearest(candidate, 6, right: true);
        var left = Nearest(candidate, 8, right: false);
        var pick = right.Distance >= 0 && (left.Distance < 0 || right.Distance <= left.Distance + 1) ? right : left;
        if (pick.Distance >= 0)
        {
            return pick.Topic;
        }

        return kind switch
        {
            ClaimKind.Speedup => "inference",
            ClaimKind.Reduction => "compute",
            ClaimKind.Improvement => "performance",
            _ => "score",
        };
    }

    private static (string Topic, int Distance) Nearest(ClaimCandidate candidate, int max, bool right)
    {
        var count = right ? candidate.RightCount : candidate.LeftCount;
        for (var k = 0; k < Math.Min(max, count); k++)
        {
            var word = right ? candidate.RightWord(k) : candidate.LeftWord(k);
            if (!Topics.TryGetValue(word, out var topic) && !(word.EndsWith('s') && Topics.TryGetValue(word[..^1], out topic)))
            {
                continue;
            }

            // Two-word topics read better than their head alone: "kv cache", "training time", "peak memory".
            var next = right ? candidate.RightWord(k + 1) : candidate.LeftWord(k - 1 >= 0 ? k - 1 : count);
            var previous = right ? (k > 0 ? candidate.RightWord(k - 1) : "") : candidate.LeftWord(k + 1);
            topic = (previous, topic, next) switch
            {
                (_, _, "cache") when word == "kv" => "kv cache",
                ("kv", "kv cache", _) => "kv cache",
                (_, "training", "time") => "training time",
                (_, "training", "cost" or "costs") => "training cost",
                ("peak", "memory", _) => "peak memory",
                ("training", "time", _) => "training time",
                ("wall-clock" or "wall", "time", _) => "wall-clock time",
                ("model", "model size", _) => "model size",
                _ => topic,
            };
            return (topic, k);
        }

        return ("", -1);
    }
}
