using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ClaimScope.Benchmarks;

// Non-interactive: without a --filter every benchmark runs (BenchmarkDotNet would otherwise ask
// which); "--job short" and other options pass through.
var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
var arguments = args.Contains("--filter") ? args : [.. args, "--filter", "*"];
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmark).Assembly).Run(arguments, config);
