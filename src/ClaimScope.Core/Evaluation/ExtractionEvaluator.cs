using ClaimScope.Core.Extraction;
using ClaimScope.Core.Feeds;
using ClaimScope.Core.Model;

namespace ClaimScope.Core.Evaluation;

/// <summary>
/// Scores an extractor against a gold set as the annotation guideline defines it: papers are
/// paired by normalised title, claims by kind, unit and value (see <see cref="ClaimMatcher"/>).
/// Papers without gold are not scored; gold papers missing from the inputs are listed.
/// </summary>
public static class ExtractionEvaluator
{
    public static EvaluationResult Evaluate(IReadOnlyList<Paper> papers, GoldSet gold, IClaimExtractor extractor)
    {
        var tally = new Tally();
        var foundKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paper in papers)
        {
            var goldPaper = gold.Find(paper.Title);
            if (goldPaper is null || !foundKeys.Add(TitleKey.Normalise(goldPaper.Title)))
            {
                continue;
            }

            tally.Papers++;
            ScorePaper(tally, paper, goldPaper, extractor.Extract(paper.Abstract));
        }

        var kinds = Enum.GetValues<ClaimKind>();
        return new EvaluationResult
        {
            Overall = new KindScore("overall", tally.Tp.Sum(), tally.Fp.Sum(), tally.Fn.Sum()),
            PerKind = [.. kinds.Select(k => new KindScore(k.ToWire(), tally.Tp[(int)k], tally.Fp[(int)k], tally.Fn[(int)k]))],
            MatchedPairs = tally.Matched,
            QualifierAccuracy = Share(tally.QualifierAgree, tally.Matched),
            TargetAccuracy = Share(tally.TargetAgree, tally.Matched),
            StrictTargetAccuracy = Share(tally.TargetExact, tally.Matched),
            BaselinesAnnotated = gold.HasBaselines,
            BaselineAccuracy = Share(tally.BaselineAgree, tally.Matched),
            NamedBaselinesMatched = tally.NamedMatched,
            NamedBaselinesFound = tally.NamedFound,
            NamedBaselinesInGold = tally.NamedInGold,
            Confusion = tally.Confusion,
            BaselineMisses = tally.BaselineMisses,
            PapersScored = tally.Papers,
            GoldPapersNotFound = [.. gold.Papers.Where(g => !foundKeys.Contains(TitleKey.Normalise(g.Title))).Select(g => g.Title)],
            FalsePositives = tally.FalsePositives,
            FalseNegatives = tally.FalseNegatives,
        };
    }

    private static void ScorePaper(Tally tally, Paper paper, GoldPaper goldPaper, IReadOnlyList<Claim> predicted)
    {
        var pairs = ClaimMatcher.Match(paper.Abstract, predicted, goldPaper.Claims);
        var used = new bool[predicted.Count];
        var unmatchedGold = new List<int>();
        for (var g = 0; g < pairs.Length; g++)
        {
            var claim = goldPaper.Claims[g];
            tally.NamedInGold += claim.Baseline is null ? 0 : 1;
            if (pairs[g] < 0)
            {
                tally.Fn[(int)claim.Kind]++;
                tally.FalseNegatives.Add(new ClaimMiss(paper.Title, claim.Kind, claim.Value, claim.Unit, claim.Text, IsFalsePositive: false));
                unmatchedGold.Add(g);
                continue;
            }

            var partner = predicted[pairs[g]];
            used[pairs[g]] = true;
            tally.Tp[(int)claim.Kind]++;
            tally.Matched++;
            tally.Confusion.Add((int)claim.Kind, (int)claim.Kind);
            tally.QualifierAgree += partner.Qualifier == claim.Qualifier ? 1 : 0;
            tally.TargetAgree += TargetComparer.Agree(partner.Target, claim.Target) ? 1 : 0;
            tally.TargetExact += TargetComparer.Exact(partner.Target, claim.Target) ? 1 : 0;
            var baselineAgrees = BaselineComparer.Agree(partner.Baseline, claim.Baseline);
            tally.BaselineAgree += baselineAgrees ? 1 : 0;
            if (!baselineAgrees)
            {
                tally.BaselineMisses.Add(new BaselineMiss(paper.Title, claim.Text, claim.Baseline, partner.Baseline));
            }

            if (claim.Baseline is not null)
            {
                tally.NamedMatched++;
                tally.NamedFound += baselineAgrees ? 1 : 0;
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!used[p])
            {
                var claim = predicted[p];
                tally.Fp[(int)claim.Kind]++;
                tally.FalsePositives.Add(new ClaimMiss(paper.Title, claim.Kind, claim.Value, claim.Unit, claim.Text, IsFalsePositive: true));
            }
        }

        CountConfusions(tally.Confusion, paper.Abstract, predicted, goldPaper.Claims, unmatchedGold, used);
    }

    /// <summary>Pairs a missed gold claim with a leftover prediction of the same number at the same place.</summary>
    private static void CountConfusions(KindConfusion confusion, string abstractText, IReadOnlyList<Claim> predicted,
        IReadOnlyList<GoldClaim> gold, List<int> unmatchedGold, bool[] used)
    {
        foreach (var g in unmatchedGold)
        {
            var (start, end) = ClaimMatcher.LocateGold(abstractText, gold[g].Text);
            var partner = -1;
            for (var p = 0; p < predicted.Count && partner < 0; p++)
            {
                var claim = predicted[p];
                if (!used[p] && start >= 0 && claim.Start < end && start < claim.End && ClaimMatcher.ValuesAgree(claim.Value, gold[g].Value))
                {
                    partner = p;
                }
            }

            if (partner >= 0)
            {
                used[partner] = true;
            }

            confusion.Add((int)gold[g].Kind, partner < 0 ? KindConfusion.None : (int)predicted[partner].Kind);
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (!used[p])
            {
                confusion.Add(KindConfusion.None, (int)predicted[p].Kind);
            }
        }
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    /// <summary>The running counts of one evaluation.</summary>
    private sealed class Tally
    {
        private static readonly int KindCount = Enum.GetValues<ClaimKind>().Length;

        public int[] Tp { get; } = new int[KindCount];

        public int[] Fp { get; } = new int[KindCount];

        public int[] Fn { get; } = new int[KindCount];

        public List<ClaimMiss> FalsePositives { get; } = [];

        public List<ClaimMiss> FalseNegatives { get; } = [];

        public KindConfusion Confusion { get; } = new();

        public List<BaselineMiss> BaselineMisses { get; } = [];

        public int Papers { get; set; }

        public int Matched { get; set; }

        public int QualifierAgree { get; set; }

        public int TargetAgree { get; set; }

        public int TargetExact { get; set; }

        public int BaselineAgree { get; set; }

        public int NamedInGold { get; set; }

        public int NamedMatched { get; set; }

        public int NamedFound { get; set; }
    }
}
