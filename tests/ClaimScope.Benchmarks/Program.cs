using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ClaimScope.Benchmarks;

// Non-interactive: without a --filter every benchmark runs (BenchmarkDotNet would otherwise ask
// which); "--job short" and other options pass through.
if (args is ["parse-baseline", var file])
{
    // Not a benchmark: the System.Text.Json yardstick for end-to-end runs over a file on disk.
    return ParseBaseline.Run(file);
}

var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
var arguments = args.Contains("--filter") ? args : [.. args, "--filter", "*"];
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmark).Assembly).Run(arguments, config);
return 0;
