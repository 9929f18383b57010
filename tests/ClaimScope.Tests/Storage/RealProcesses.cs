namespace ClaimScope.Tests.Storage;

/// <summary>Tests that time real claimscope processes run one after another, not beside each other's load.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealProcesses
{
    public const string Name = "real claimscope processes";
}
