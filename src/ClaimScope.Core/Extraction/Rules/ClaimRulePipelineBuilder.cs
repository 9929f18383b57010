namespace ClaimScope.Core.Extraction.Rules;

/// <summary>Assembles a <see cref="ClaimRulePipeline"/>; a rule can be placed relative to another, as Markdig does.</summary>
public sealed class ClaimRulePipelineBuilder
{
    private readonly List<IClaimRule> rules = [];

    public ClaimRulePipelineBuilder Add(IClaimRule rule)
    {
        rules.Add(rule);
        return this;
    }

    /// <summary>Inserts a rule before the first rule of type <typeparamref name="T"/> (or at the end if there is none).</summary>
    public ClaimRulePipelineBuilder InsertBefore<T>(IClaimRule rule)
        where T : IClaimRule
    {
        var index = rules.FindIndex(r => r is T);
        rules.Insert(index < 0 ? rules.Count : index, rule);
        return this;
    }

    public ClaimRulePipelineBuilder Remove<T>()
        where T : IClaimRule
    {
        rules.RemoveAll(r => r is T);
        return this;
    }

    public ClaimRulePipeline Build() => new(rules);
}
