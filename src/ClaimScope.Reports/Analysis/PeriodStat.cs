namespace ClaimScope.Reports.Analysis;

/// <summary>The claimed factors of one month or quarter: how many, and their quartiles (geometric, from the logs).</summary>
public sealed record PeriodStat(DateOnly Start, int Count, double Median, double Lower, double Upper);
