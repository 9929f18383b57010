namespace ClaimScope.Reports.Charts;

/// <summary>
/// Folds the free-text targets of claims ("peak memory", "kv cache", "ttft") into the handful of
/// groups a reader compares: memory, latency, throughput... The first rule whose word appears wins;
/// a target no rule knows keeps its own name.
/// </summary>
internal static class TargetGroups
{
    private static readonly (string Group, string[] Words)[] Rules =
    [
        ("energy", ["energy", "power", "carbon"]),
        ("memory", ["memory", "kv cache", "cache", "storage", "footprint"]),
        ("throughput", ["throughput", "tokens/s", "mfu", "tflops", "requests", "bandwidth", "utilization"]),
        ("latency", ["latency", "ttft", "tpot", "response time", "time to first"]),
        ("decoding", ["decod", "generation", "sampling"]),
        ("training", ["train", "fine-tun", "pretrain", "convergence"]),
        ("inference", ["inference", "prefill", "serving"]),
        ("compute", ["flops", "compute", "macs", "operations", "computation"]),
        ("model size", ["parameters", "model size", "size", "weights"]),
        ("cost", ["cost", "price", "dollar"]),
        ("tokens", ["token"]),
        ("runtime", ["time", "runtime", "speed", "wall-clock", "execution"]),
    ];

    public static string Of(string target)
    {
        var text = target.Trim().ToLowerInvariant();
        if (text.Length == 0)
        {
            return "unstated";
        }

        foreach (var (group, words) in Rules)
        {
            if (words.Any(w => text.Contains(w, StringComparison.Ordinal)))
            {
                return group;
            }
        }

        return text;
    }
}
