using System.Diagnostics;
using ClaimScope.Reports;
using ClaimScope.Reports.Charts;
using Xunit.Abstractions;

namespace ClaimScope.Tests.Charts;

/// <summary>Every chart renders from the real gold claims, from nothing, and from 500,000 claims.</summary>
[Collection(MeasuringCollection.Name)]
public sealed class ChartRenderingTests : IClassFixture<SeedCharts>
{
    private readonly SeedCharts seed;
    private readonly ITestOutputHelper output;

    public ChartRenderingTests(SeedCharts seed, ITestOutputHelper output)
    {
        this.seed = seed;
        this.output = output;
    }

    public static TheoryData<string> ChartNames => [.. ChartSet.Charts.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Renders_the_seed_claims_as_a_png_of_fixed_size_with_content(string name)
    {
        var image = RenderedImage.ReadPng(seed.Image(name).PngPath);

        Assert.Equal((ChartStyleSize.Width, ChartStyleSize.Height), (image.Width, image.Height));
        Assert.True(image.DistinctColours > 40, $"{name}: only {image.DistinctColours} colours");
        Assert.True(image.InkShare > 0.03, $"{name}: only {image.InkShare:P1} of pixels are drawn");
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Writes_the_seed_claims_as_well_formed_svg_with_drawing(string name)
    {
        var (document, drawing) = RenderedImage.ReadSvg(seed.Image(name).SvgPath);

        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.True(drawing > 30, $"{name}: only {drawing} drawing elements");
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Captions_the_seed_chart_with_the_number_of_claims_behind_it(string name)
    {
        var image = seed.Image(name);

        Assert.True(image.ClaimCount > 0);
        Assert.Contains(image.ClaimCount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture), image.Caption, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Draws_a_no_claims_panel_when_there_is_nothing_to_chart(string name)
    {
        var dir = InspectionFolder("empty-charts");
        var empty = new ReportInput { Papers = GoldReportInput.Value.Papers, Claims = [], GeneratedAt = GoldReportInput.GeneratedAt };

        var image = ChartSet.Render(ChartSet.Charts.Single(c => c.Name == name), new ChartData(empty), dir);

        Assert.Equal(0, image.ClaimCount);
        Assert.StartsWith("No claims to show", image.Caption, StringComparison.Ordinal);
        var png = RenderedImage.ReadPng(image.PngPath);
        Assert.Equal((ChartStyleSize.Width, ChartStyleSize.Height), (png.Width, png.Height));
        Assert.True(png.InkShare > 0.002, $"{name}: the empty panel is blank");
        Assert.True(RenderedImage.ReadSvg(image.SvgPath).DrawingElements > 0);
    }

    [Theory]
    [MemberData(nameof(ChartNames))]
    public void Renders_five_claims_as_a_chart_not_an_empty_panel(string name)
    {
        var seeds = GoldReportInput.Value;
        var five = seeds with
        {
            Claims = [.. seeds.Claims.Where(c => c.Claim.Kind == Core.Model.ClaimKind.Speedup && c.Paper.Upvotes is > 0)
                .OrderByDescending(c => ClaimScope.Reports.Analysis.ClaimFacts.HasBaseline(c.Claim)).Take(5)],
        };

        var image = ChartSet.Render(ChartSet.Charts.Single(c => c.Name == name), new ChartData(five), InspectionFolder("small-charts"));

        Assert.True(image.ClaimCount is > 0 and <= 5, $"{name}: {image.ClaimCount} claims");
        Assert.DoesNotContain("No claims", image.Caption, StringComparison.Ordinal);
        Assert.True(RenderedImage.ReadPng(image.PngPath).InkShare > 0.02, name);
    }

    [Fact]
    public void Render_all_writes_a_png_and_an_svg_per_chart_in_report_order()
    {
        var names = seed.Images.Select(i => i.Name).ToList();

        Assert.Equal(ChartSet.Charts.Select(c => c.Name), names);
        Assert.All(seed.Images, i => Assert.True(File.Exists(i.PngPath) && File.Exists(i.SvgPath), i.Name));
        Assert.All(seed.Images, i => Assert.Equal(i.Name + ".png", Path.GetFileName(i.PngPath)));
    }

    [Fact]
    public void The_topics_chart_uses_the_taxonomy_file_named_in_the_input()
    {
        using var dir = new TempFolder();
        var topicsFile = Path.Combine(dir.Path, "bespoke-topics.txt");
        File.WriteAllText(topicsFile, "Efficiency: efficient, efficiency, faster, speedup\n");
        var input = GoldReportInput.Value with { TopicsFile = topicsFile };

        var image = ChartSet.Render(ChartSet.Charts.Single(c => c.Name == "topics"), new ChartData(input), dir.Path);

        Assert.Contains("bespoke-topics.txt", image.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_the_same_input_twice_gives_the_same_png()
    {
        using var dir = new TempFolder();
        var clock = Stopwatch.StartNew();

        var again = ChartSet.RenderAll(GoldReportInput.Value, dir.Path);

        output.WriteLine($"seed charts ({GoldReportInput.Value.Claims.Count} claims): {clock.ElapsedMilliseconds} ms");
        Assert.All(again, i => Assert.Equal(File.ReadAllBytes(seed.Image(i.Name).PngPath), File.ReadAllBytes(i.PngPath)));
    }

    [Fact]
    public void Renders_all_charts_from_500000_claims()
    {
        var input = SyntheticInput.Create(500_000);
        var clock = Stopwatch.StartNew();

        var images = ChartSet.RenderAll(input, InspectionFolder("scale-charts"));

        clock.Stop();
        output.WriteLine($"500,000-claim charts: {clock.ElapsedMilliseconds} ms");
        Assert.All(images, i => Assert.True(RenderedImage.ReadPng(i.PngPath).InkShare > 0.03, i.Name));
        Assert.Contains(images, i => i.Caption.Contains("are drawn", StringComparison.Ordinal));
    }

    /// <summary>Output kept beside the test binaries, so a person can look at what the tests rendered.</summary>
    private static string InspectionFolder(string name) => Path.Combine(AppContext.BaseDirectory, name);
}
