using ClaimScope.Core.Extraction.Context;

namespace ClaimScope.Core.Extraction.Rules;

/// <summary>
/// The ordered rules a number is put to: filters first (a rejection ends the search), then the
/// claim patterns, most specific first. The first rule with a verdict decides.
/// </summary>
public sealed class ClaimRulePipeline
{
    public ClaimRulePipeline(IEnumerable<IClaimRule> rules)
    {
        Rules = [.. rules];
    }

    public IReadOnlyList<IClaimRule> Rules { get; }

    /// <summary>The rules in their default order.</summary>
    public static ClaimRulePipeline CreateDefault() => new ClaimRulePipelineBuilder()
        .Add(new NameOrSizeFilter())
        .Add(new ConditionFilter())
        .Add(new WorseOrCapacityFilter())
        .Add(new NegatedChangeFilter())
        .Add(new ToleranceFilter())
        .Add(new RetainedShareRule())
        .Add(new VersusMetricRule())
        .Add(new FromToRule())
        .Add(new NamedScoreGainRule())
        .Add(new NamedScoreMetricRule())
        .Add(new ShareOfCasesMetricRule())
        .Add(new ShareOfCostRule())
        .Add(new PointsImprovementRule())
        .Add(new VerbFactorRule())
        .Add(new FactorChangeRule())
        .Add(new PercentChangeRule())
        .Add(new PercentMetricRule())
        .Add(new MeasureMetricRule())
        .Build();

    public RuleOutcome Evaluate(ClaimCandidate candidate)
    {
        foreach (var rule in Rules)
        {
            var outcome = rule.Match(candidate);
            if (outcome.Verdict != RuleVerdict.Pass)
            {
                return outcome;
            }
        }

        return RuleOutcome.Pass;
    }
}
