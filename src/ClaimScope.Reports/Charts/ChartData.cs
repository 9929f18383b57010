using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;
using ClaimScope.Reports.Topics;

namespace ClaimScope.Reports.Charts;

/// <summary>The report input, with what several charts need worked out once.</summary>
internal sealed class ChartData
{
    private readonly Lazy<TopicTaxonomy> taxonomy;

    public ChartData(ReportInput input)
    {
        Input = input;
        Factors = [.. input.Claims
            .Select((c, i) => (c, i, f: ClaimFacts.Factor(c.Claim)))
            .Where(x => x.f is not null)
            .Select(x => new FactorClaim(x.c.Paper, x.c.Claim, x.f!.Value, x.i))];
        taxonomy = new Lazy<TopicTaxonomy>(() => TopicTaxonomy.LoadOrBuiltIn(input.TopicsFile));
    }

    public ReportInput Input { get; }

    public IReadOnlyList<PaperClaim> Claims => Input.Claims;

    /// <summary>Speedup and reduction claims, and improvements stated as ×, that have a factor, in input order.</summary>
    public IReadOnlyList<FactorClaim> Factors { get; }

    public IEnumerable<FactorClaim> Speedups => Factors.Where(f => f.Claim.Kind == ClaimKind.Speedup);

    public TopicTaxonomy Taxonomy => taxonomy.Value;

    /// <summary>The caption sentence that explains the factor scale, shared by every factor chart.</summary>
    public const string FactorNote = "Factors put speedups and reductions on one scale: p% faster = 1+p/100, p% smaller = 1/(1-p/100).";
}
