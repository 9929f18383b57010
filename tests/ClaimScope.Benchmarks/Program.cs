using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using ClaimScope.Benchmarks;

// Non-interactive: with no arguments every benchmark runs; "--filter", "--job short" etc. pass through.
var config = DefaultConfig.Instance.AddColumn(new ThroughputColumn());
var arguments = args.Length == 0 ? ["--filter", "*"] : args;
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmark).Assembly).Run(arguments, config);
