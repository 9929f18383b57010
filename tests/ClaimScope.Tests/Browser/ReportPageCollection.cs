namespace ClaimScope.Tests.Browser;

/// <summary>Browser test classes share one Chromium and one written report.</summary>
[CollectionDefinition(Name)]
public sealed class ReportPageCollection : ICollectionFixture<ReportPageFixture>
{
    public const string Name = "Report page in Chromium";
}
