using System.Globalization;

namespace ClaimScope.Tests.Robustness;

/// <summary>
/// Sizes of the scale and fuzz runs: short by default (and in CI), long when asked for with
/// CLAIMSCOPE_FUZZ_ITERATIONS / CLAIMSCOPE_SCALE_MB.
/// </summary>
internal static class LongRunSettings
{
    public static int FuzzIterations => Read("CLAIMSCOPE_FUZZ_ITERATIONS", 200);

    public static int ScaleMegabytes => Read("CLAIMSCOPE_SCALE_MB", 20);

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
