using ClaimScope.Core.Model;
using ClaimScope.Reports;

namespace ClaimScope.Tests.Charts;

/// <summary>A large seeded random input for scale tests: many papers, many listings, heavy-tailed factors.</summary>
internal static class SyntheticInput
{
    private static readonly string[] Targets =
        ["inference", "training", "decoding", "memory", "latency", "throughput", "energy", "kv cache", "flops", "accuracy", "peak memory", "model size", "cost", "ttft"];

    private static readonly string[] Baselines = ["FlashAttention", "vLLM", "PyTorch", "TensorRT", "cuBLAS", "Marlin", "Triton", "llama.cpp"];

    private static readonly string[] Phrases =
        ["large language models", "diffusion models", "vision transformers", "speech recognition", "reinforcement learning agents", "graph neural networks", "GPU kernels", "protein design", "code generation"];

    /// <summary>An abstract of realistic length (about 1,100 characters) around the claim sentence.</summary>
    private const string Filler =
        " We study the problem in depth and compare against strong baselines on standard benchmarks, with ablations of every component." +
        " The method needs no retraining, works with existing checkpoints and is simple to implement in a few hundred lines of code." +
        " Experiments cover several model sizes, hardware generations and batch sizes, and we release the code and data for others to build on.";

    public static ReportInput Create(int claimCount, int seed = 7, int claimsPerPaper = 20)
    {
        var random = new Random(seed);
        var paperCount = Math.Max(1, claimCount / claimsPerPaper);
        var papers = new List<Paper>(paperCount);
        var start = new DateOnly(2021, 1, 1);
        for (var i = 0; i < paperCount; i++)
        {
            var topic = Phrases[random.Next(Phrases.Length)];
            var date = start.AddDays(random.Next(5 * 365));
            var title = $"Fast {topic} number {i}: a study of efficient {topic}";
            papers.Add(new Paper
            {
                Id = "syn-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Title = title,
                Abstract = $"We make {topic} faster. Our method for {topic} runs on GPUs.{Filler}{Filler}",
                Published = random.Next(10) == 0 ? null : date,
                Upvotes = random.Next(3) == 0 ? null : (int)Math.Exp(random.NextDouble() * 6),
                Appearances = [new PaperAppearance(date, new SourceLocation($"listing-{date:yyyy-MM-dd}.txt", 1 + i), null)],
            });
        }

        var claims = new List<PaperClaim>(claimCount);
        for (var i = 0; i < claimCount; i++)
        {
            var paper = papers[random.Next(papers.Count)];
            var kind = (ClaimKind)random.Next(4);
            var asPercent = random.Next(3) == 0;
            var value = asPercent ? Math.Round(random.NextDouble() * 95, 1) + 1 : Math.Round(Math.Exp(random.NextDouble() * random.NextDouble() * 9), 2) + 1;
            claims.Add(new PaperClaim(paper, new Claim
            {
                Kind = kind,
                Value = value,
                Unit = asPercent ? "%" : "x",
                Qualifier = (ClaimQualifier)random.Next(5),
                Target = Targets[random.Next(Targets.Length)],
                Baseline = random.Next(4) == 0 ? Baselines[random.Next(Baselines.Length)] : null,
                Text = "We make",
                Start = 0,
                End = 7,
            }));
        }

        return new ReportInput { Papers = papers, Claims = claims, GeneratedAt = GoldReportInput.GeneratedAt };
    }
}
