using ClaimScope.Reports.Charts;

namespace ClaimScope.Tests.Charts;

/// <summary>The seed charts rendered once per test class, into a folder kept for inspection (bin/.../seed-charts).</summary>
public sealed class SeedCharts
{
    public SeedCharts()
    {
        Folder = Path.Combine(AppContext.BaseDirectory, "seed-charts");
        Images = ChartSet.RenderAll(GoldReportInput.Value, Folder);
    }

    public string Folder { get; }

    public IReadOnlyList<ChartImage> Images { get; }

    public ChartImage Image(string name) => Images.Single(i => i.Name == name);
}
