using ClaimScope.Core.Model;
using ClaimScope.Reports.Analysis;

namespace ClaimScope.Reports.Html;

/// <summary>
/// Which claims and papers the page carries. Every claim up to a cap; above it the claims with the
/// largest factors plus every claim a chart or section links to, so the page stays small and opens
/// fast at any input size (the exports hold everything). Abstracts are embedded while they fit a
/// budget; past it each claim carries only the text around its evidence.
/// </summary>
internal sealed class EmbeddedClaims
{
    /// <summary>Claims the table carries at most (plus linked ones).</summary>
    public const int ClaimCap = 20_000;

    /// <summary>Characters of abstracts the page carries at most.</summary>
    public const int AbstractBudget = 3_000_000;

    /// <summary>Papers that get their own section (abstract with marked evidence and every claim).</summary>
    public const int PaperSectionCap = 200;

    public EmbeddedClaims(ReportInput input, IEnumerable<int> required)
    {
        var claims = input.Claims;
        if (claims.Count <= ClaimCap)
        {
            Indices = [.. Enumerable.Range(0, claims.Count)];
        }
        else
        {
            var chosen = Enumerable.Range(0, claims.Count)
                .OrderByDescending(i => ClaimFacts.Factor(claims[i].Claim) ?? 0)
                .ThenBy(i => i)
                .Take(ClaimCap)
                .Concat(required.Where(i => i >= 0 && i < claims.Count))
                .Distinct()
                .Order();
            Indices = [.. chosen];
        }

        var papers = new List<Paper>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in Indices)
        {
            if (index.TryAdd(claims[i].Paper.Id, papers.Count))
            {
                papers.Add(claims[i].Paper);
            }
        }

        Papers = papers;
        PaperIndex = index;
        WithAbstracts = papers.Sum(p => (long)p.Abstract.Length) <= AbstractBudget;

        // Sections for the papers with the largest claims, so the ones a reader opens first are there.
        Sections = [.. Indices
            .OrderByDescending(i => ClaimFacts.Factor(claims[i].Claim) ?? 0)
            .ThenBy(i => i)
            .Select(i => claims[i].Paper.Id)
            .Distinct(StringComparer.Ordinal)
            .Take(PaperSectionCap)];
        SectionIds = Sections.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Positions of the embedded claims in the report input, ascending.</summary>
    public IReadOnlyList<int> Indices { get; }

    public IReadOnlyList<Paper> Papers { get; }

    public IReadOnlyDictionary<string, int> PaperIndex { get; }

    public bool WithAbstracts { get; }

    /// <summary>Ids of the papers given a section, largest claim first.</summary>
    public IReadOnlyList<string> Sections { get; }

    public IReadOnlySet<string> SectionIds { get; }
}
