using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ClaimScope.Benchmarks;

/// <summary>
/// The bare-parse yardstick for end-to-end runs: streams a JSON-lines file from disk through
/// System.Text.Json (one document a line, the abstract read out) and prints MB/s per wall second
/// and per CPU second, so <c>claimscope extract</c> over the same file can be set against it.
/// </summary>
internal static class ParseBaseline
{
    public static int Run(string path)
    {
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (lines, chars) = (0L, 0L);
        using (var reader = new StreamReader(path, System.Text.Encoding.UTF8, false, 1 << 16))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }

                using var document = JsonDocument.Parse(line);
                chars += document.RootElement.GetProperty("abstract").GetString()!.Length;
                lines++;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var megabytes = new FileInfo(path).Length / 1e6;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"parse-baseline {path}: {lines} lines, {chars} abstract chars; {megabytes / seconds:F1} MB/s wall, {megabytes / cpuSeconds:F1} MB/s per CPU s ({seconds:F2} s, {cpuSeconds:F2} CPU s)"));
        return 0;
    }
}
