using ClaimScope.Core.Model;
using ClaimScope.Reports.Charts;
using ClaimScope.Storage;

namespace ClaimScope.Tests.Query;

public sealed class ClaimQueryTests(QueryStoreFixture fixture) : IClassFixture<QueryStoreFixture>
{
    [Fact]
    public void Factor_kind_and_target_filters_return_exactly_the_claims_a_scan_of_the_store_finds()
    {
        var query = new ClaimQuery { Kinds = [ClaimKind.Speedup], MinFactor = 5, Target = "inference" };

        var found = Run(query);
        var expected = All().Where(r => r.Claim.Kind == ClaimKind.Speedup && r.Claim.Factor >= 5
            && (r.Claim.Target.Contains("inference", StringComparison.Ordinal) || TargetGroups.Of(r.Claim.Target) == "inference"));

        Assert.NotEmpty(found);
        Assert.Equal(Keys(expected).Order(), Keys(found).Order());
        Assert.Contains(found, r => r.Claim.Text == "up to 47.26x and 27.19x speedups");
    }

    [Fact]
    public void A_target_group_name_matches_targets_that_do_not_contain_the_word()
    {
        var found = Run(new ClaimQuery { Target = "memory" });

        Assert.Contains(found, r => !r.Claim.Target.Contains("memory", StringComparison.Ordinal));
        Assert.All(found, r => Assert.Equal("memory", TargetGroups.Of(r.Claim.Target)));
    }

    [Fact]
    public void Since_and_until_keep_papers_with_a_listing_or_publication_date_in_the_window()
    {
        var (from, to) = (new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 31));

        var found = Run(new ClaimQuery { Since = from, Until = to });

        Assert.Equal(Keys(All().Where(r => Dates(r.Paper).Any(d => d >= from && d <= to))).Order(), Keys(found).Order());
        Assert.NotEmpty(found);
        Assert.True(found.Count < All().Count);
    }

    [Fact]
    public void Factor_sort_puts_the_biggest_factor_first_and_limit_cuts_the_list()
    {
        var found = Run(new ClaimQuery { Sort = ClaimQuerySort.Factor, Limit = 10 });

        Assert.Equal(10, found.Count);
        Assert.Equal(All().Max(r => r.Claim.Factor), found[0].Claim.Factor);
        Assert.Equal(found.Select(r => r.Claim.Factor).OrderDescending(), found.Select(r => r.Claim.Factor));
    }

    [Fact]
    public void Text_is_matched_literally_so_percent_signs_and_quotes_are_not_sql()
    {
        Assert.Equal(
            Keys(All().Where(r => r.Paper.Title.Contains("50%", StringComparison.OrdinalIgnoreCase)
                || r.Paper.Abstract.Contains("50%", StringComparison.OrdinalIgnoreCase)
                || r.Claim.Text.Contains("50%", StringComparison.OrdinalIgnoreCase))).Order(),
            Keys(Run(new ClaimQuery { Text = "50%" })).Order());
        Assert.Empty(Run(new ClaimQuery { Text = "' OR 1=1 --" }));
    }

    [Fact]
    public void Has_code_and_organisation_filters_read_the_paper_fields()
    {
        var withCode = Run(new ClaimQuery { HasCode = true });
        var withoutCode = Run(new ClaimQuery { HasCode = false });
        var org = All().First(r => r.Paper.Organisation is not null).Paper.Organisation!;

        Assert.All(withCode, r => Assert.False(string.IsNullOrEmpty(r.Paper.CodeUrl)));
        Assert.Equal(All().Count, withCode.Count + withoutCode.Count);
        var byOrg = Run(new ClaimQuery { Organisation = org.Name.ToUpperInvariant() });
        Assert.Contains(byOrg, r => r.Paper.Organisation == org);
        Assert.All(byOrg, r => Assert.Contains(org.Name, r.Paper.Organisation!.Name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Qualifier_and_baseline_filters_match_the_claim_fields()
    {
        var found = Run(new ClaimQuery { Qualifier = ClaimQualifier.UpTo, Baseline = "flashattention" });

        Assert.NotEmpty(found);
        Assert.All(found, r =>
        {
            Assert.Equal(ClaimQualifier.UpTo, r.Claim.Qualifier);
            Assert.Contains("flashattention", r.Claim.Baseline!, StringComparison.OrdinalIgnoreCase);
        });
    }

    private List<PaperClaim> Run(ClaimQuery query)
    {
        using var store = ClaimStore.Open(fixture.DbPath);
        return store.Query(query, TargetGroups.Of).ToList();
    }

    private List<PaperClaim> All() => Run(new ClaimQuery());

    private static IEnumerable<DateOnly> Dates(Paper paper) =>
        paper.Appearances.Select(a => a.ListingDate).Append(paper.Published).OfType<DateOnly>();

    private static IEnumerable<string> Keys(IEnumerable<PaperClaim> rows) => rows.Select(r => $"{r.Paper.Id}|{r.Claim.Start}|{r.Claim.Text}");
}
