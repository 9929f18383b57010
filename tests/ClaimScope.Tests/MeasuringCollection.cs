namespace ClaimScope.Tests;

/// <summary>
/// Tests that measure the process's heap or speed run alone: other tests allocating in parallel
/// would be counted against them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MeasuringCollection
{
    public const string Name = "Measuring (runs alone)";
}
