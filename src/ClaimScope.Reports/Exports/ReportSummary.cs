using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Exports;

/// <summary>The headline figures every report format opens with, computed once so HTML and Markdown agree.</summary>
public sealed record ReportSummary
{
    public required int PaperCount { get; init; }

    public required int ClaimCount { get; init; }

    /// <summary>Papers with at least one claim.</summary>
    public required int PapersWithClaims { get; init; }

    /// <summary>The median <see cref="Claim.Factor"/> over speedup claims; null when there is none.</summary>
    public double? MedianSpeedupFactor { get; init; }

    /// <summary>Speedup claims with a factor: the set the median and the largest speedup are taken over.</summary>
    public int SpeedupFactorCount { get; init; }

    /// <summary>Claims that pass the "credible" filter (exact or average, baseline named, code linked).</summary>
    public int CredibleCount { get; init; }

    /// <summary>The speedup claim with the largest factor; null when there is none.</summary>
    public PaperClaim? LargestSpeedup { get; init; }

    /// <summary>Share (0..1) of all claims hedged with "up to"; null without claims.</summary>
    public double? UpToShare { get; init; }

    /// <summary>Claims per kind, every kind present (zero when unseen), in enum order.</summary>
    public required IReadOnlyList<KeyValuePair<ClaimKind, int>> CountsByKind { get; init; }

    public static ReportSummary Of(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var claims = input.Claims;
        var speedups = claims
            .Where(c => c.Claim.Kind == ClaimKind.Speedup && c.Claim.Factor is not null)
            .OrderBy(c => c.Claim.Factor!.Value)
            .ToList();
        var counts = claims.CountBy(c => c.Claim.Kind).ToDictionary();
        return new ReportSummary
        {
            PaperCount = input.Papers.Count,
            ClaimCount = claims.Count,
            PapersWithClaims = claims.Select(c => c.Paper.Id).Distinct(StringComparer.Ordinal).Count(),
            MedianSpeedupFactor = Median(speedups.Select(c => c.Claim.Factor!.Value).ToList()),
            LargestSpeedup = speedups.Count > 0 ? speedups[^1] : null,
            SpeedupFactorCount = speedups.Count,
            CredibleCount = claims.Count(Analysis.ClaimFacts.IsCredible),
            UpToShare = claims.Count > 0 ? (double)claims.Count(c => c.Claim.Qualifier == ClaimQualifier.UpTo) / claims.Count : null,
            CountsByKind = Enum.GetValues<ClaimKind>().Select(k => KeyValuePair.Create(k, counts.GetValueOrDefault(k))).ToList(),
        };
    }

    private static double? Median(IReadOnlyList<double> sorted) => sorted.Count switch
    {
        0 => null,
        var n when n % 2 == 1 => sorted[n / 2],
        var n => (sorted[(n / 2) - 1] + sorted[n / 2]) / 2,
    };
}
