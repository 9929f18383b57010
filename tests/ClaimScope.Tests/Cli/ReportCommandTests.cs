using System.Diagnostics;

namespace ClaimScope.Tests.Cli;

public sealed class ReportCommandTests : DatabaseFolder
{
    [Fact]
    public void Report_writes_the_html_markdown_and_exports_and_prints_the_index_path()
    {
        var outDir = Path.Combine(Folder, "report");

        var run = CliRun.Of("report", SeedData.FeedsFolder, "--out", outDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Path.Combine(outDir, "index.html"), run.Out.Trim());
        foreach (var file in new[] { "index.html", "report.md", "claims.csv", "claims.jsonl", "papers.csv", "papers.jsonl" })
        {
            Assert.True(File.Exists(Path.Combine(outDir, file)), file);
        }

        Assert.Equal(317, File.ReadAllLines(Path.Combine(outDir, "papers.csv")).Length);
    }

    [Fact]
    public void Report_from_a_database_filled_by_ingest_covers_the_stored_papers()
    {
        var db = Path.Combine(Folder, "claims.db");
        var outDir = Path.Combine(Folder, "from-db");
        Assert.Equal(0, CliRun.Of("ingest", SeedData.Feed("002_2903ebea94aed6e0.txt"), "--db", db).ExitCode);

        var run = CliRun.Of("report", "--db", db, "--out", outDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(95, File.ReadAllLines(Path.Combine(outDir, "papers.jsonl")).Length);
    }

    [Fact]
    public void A_paper_both_stored_and_read_again_is_reported_once()
    {
        var outDir = Path.Combine(Folder, "both");
        var listing = SeedData.Feed("002_2903ebea94aed6e0.txt");
        Assert.Equal(0, CliRun.Of("ingest", listing, "--db", DbPath).ExitCode);

        var run = CliRun.Of("report", listing, "--db", DbPath, "--out", outDir);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(95, File.ReadAllLines(Path.Combine(outDir, "papers.jsonl")).Length);
    }

    [Fact]
    public void Report_without_inputs_or_a_database_is_a_usage_error()
    {
        var run = CliRun.Of("report", "--out", Path.Combine(Folder, "x"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("name the feeds to report on, or a database with --db", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_needs_an_output_folder()
    {
        var run = CliRun.Of("report", SeedData.FeedsFolder);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--out", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_topics_file_fails_with_its_file_and_line_before_any_feed_is_read()
    {
        var topics = Path.Combine(Folder, "topics.txt");
        File.WriteAllText(topics, "llm: llm, language model\nthis line has no colon\n");

        var run = CliRun.Of("report", SeedData.FeedsFolder, "--out", Path.Combine(Folder, "r"), "--topics", topics);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"claimscope: error: {topics}:2: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Open_hands_the_written_index_to_the_desktops_opener()
    {
        // The desktop's opener is xdg-open on Linux; a stand-in on PATH records what it was asked to open.
        var bin = Directory.CreateDirectory(Path.Combine(Folder, "bin")).FullName;
        var opened = Path.Combine(Folder, "opened.txt");
        var opener = Path.Combine(bin, "xdg-open");
        File.WriteAllText(opener, $"#!/bin/sh\necho \"$1\" > '{opened}'\n");
        File.SetUnixFileMode(opener, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var outDir = Path.Combine(Folder, "opened-report");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "claimscope.dll"), "report", SeedData.Feed("002_2903ebea94aed6e0.txt"), "--out", outDir, "--open"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(Path.Combine(outDir, "index.html"), File.ReadAllText(opened).Trim());
    }

    [Fact]
    public void A_user_file_in_out_is_refused_before_reading_and_force_overwrites_it()
    {
        var outDir = Path.Combine(Folder, "mine");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "report.md"), "my notes");

        var refused = CliRun.Of("report", SeedData.FeedsFolder, "--out", outDir);
        var forced = CliRun.Of("report", SeedData.FeedsFolder, "--out", outDir, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(Path.Combine(outDir, "report.md") + ": exists and was not written by ClaimScope", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("# ClaimScope report", File.ReadAllText(Path.Combine(outDir, "report.md")), StringComparison.Ordinal);
    }
}
