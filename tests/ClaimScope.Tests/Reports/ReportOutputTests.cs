using ClaimScope.Reports;

namespace ClaimScope.Tests.Reports;

/// <summary>The report folder: staged writes, user files left alone, nothing stale left behind.</summary>
public sealed class ReportOutputTests : IDisposable
{
    private readonly ReportFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static ReportInput Input => GoldReportInput.Value;

    [Fact]
    public void A_user_file_with_a_report_name_is_refused_by_name_and_left_untouched()
    {
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.File("claims.csv"), "my own spreadsheet");

        var error = Assert.Throws<ReportOutputException>(() => ReportWriter.Write(Input, folder.Path));

        Assert.Contains(folder.File("claims.csv"), error.Message, StringComparison.Ordinal);
        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Equal("my own spreadsheet", File.ReadAllText(folder.File("claims.csv")));
        Assert.False(File.Exists(folder.File("index.html")));
    }

    [Fact]
    public void Force_overwrites_a_user_file_of_a_report_name()
    {
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.File("claims.csv"), "my own spreadsheet");

        ReportWriter.Write(Input, folder.Path, force: true);

        Assert.StartsWith("paper_id,", File.ReadAllText(folder.File("claims.csv")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_report_replaces_the_first_and_keeps_other_user_files()
    {
        ReportWriter.Write(Input, folder.Path);
        File.WriteAllText(folder.File("notes.txt"), "mine");

        ReportWriter.Write(Input with { Claims = [] }, folder.Path);

        Assert.Equal("mine", File.ReadAllText(folder.File("notes.txt")));
        Assert.Contains("No claims were found", File.ReadAllText(folder.File("index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_that_fails_leaves_the_previous_report_whole_and_no_temporary_files()
    {
        ReportWriter.Write(Input, folder.Path);
        var before = Directory.GetFiles(folder.Path).ToDictionary(f => f, File.ReadAllBytes);

        // A topics file that vanished after the check makes chart rendering fail half-way through.
        Assert.ThrowsAny<Exception>(() => ReportWriter.Write(Input with { TopicsFile = folder.File("missing-topics.txt") }, folder.Path));

        Assert.Equal(before.Keys.Order(), Directory.GetFiles(folder.Path).Order());
        Assert.All(before, f => Assert.Equal(f.Value, File.ReadAllBytes(f.Key)));
        Assert.Empty(Directory.GetDirectories(folder.Path));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_staging_folder_left_by_a_killed_run_is_removed_by_the_next_run()
    {
        var stale = Path.Combine(folder.Path, ReportOutput.StagingPrefix + "killed");
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, "index.html.tmp"), "half");

        ReportWriter.Write(Input, folder.Path);

        Assert.False(Directory.Exists(stale));
        Assert.Empty(Directory.GetDirectories(folder.Path));
    }

    [Fact]
    public void Out_naming_a_file_is_refused_before_anything_is_written()
    {
        Directory.CreateDirectory(folder.Path);
        var file = folder.File("report.html");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<ReportOutputException>(() => ReportOutput.Check(file, force: false));

        Assert.Contains("is a file", error.Message, StringComparison.Ordinal);
    }
}
