using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ClaimScope.Tests.Readme;

/// <summary>
/// The README quotes real sessions; each is run again here, as a user would type it in a fresh
/// clone, so the README can never drift from what the program prints.
/// </summary>
public sealed partial class ReadmeExampleTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ReadmeExample.Parse(File.ReadAllLines(ReadmePath)))
        {
            data.Add(example.ToString());
        }

        return data;
    }

    [Fact]
    public void The_readme_quotes_sessions_of_every_command_it_documents()
    {
        var commands = ReadmeExample.Parse(File.ReadAllLines(ReadmePath)).Select(e => e.Arguments[0]).ToHashSet();

        Assert.Superset(new HashSet<string> { "papers", "extract", "report", "ingest" }, commands);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void A_quoted_session_prints_what_the_readme_says(string example)
    {
        var quoted = ReadmeExample.Parse(File.ReadAllLines(ReadmePath)).Single(e => e.ToString() == example);
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "data");
        Directory.CreateSymbolicLink(data, Path.Combine(SeedData.RepoRoot, "data"));
        try
        {
            RunAndCompare(quoted, folder.Path);
        }
        finally
        {
            // Remove the link itself before the folder is deleted, so the repository's data stays.
            new DirectoryInfo(data).Delete();
        }
    }

    private static void RunAndCompare(ReadmeExample quoted, string home)
    {

        // Sessions that read a database the README filled earlier need it filled first.
        if (quoted.Arguments.Contains("--db") && quoted.Arguments[0] != "ingest")
        {
            Run(home, ["ingest", "data/feeds", "--db", quoted.Arguments[Array.IndexOf(quoted.Arguments.ToArray(), "--db") + 1]]);
        }

        var (stdout, stderr, exitCode) = Run(home, quoted.Arguments);
        Assert.True(exitCode == 0, $"{quoted}: exit code {exitCode}, standard error:\n{stderr}");
        var outLines = Lines(stdout, home);
        if (quoted.HeadLines is int n)
        {
            outLines = [.. outLines.Take(n)];
        }

        var errLines = Lines(stderr, home);
        var expectedErr = quoted.Expected.Where(l => l.StartsWith("claimscope:", StringComparison.Ordinal)).Select(Normalise).ToList();
        var expectedOut = quoted.Expected.Where(l => !l.StartsWith("claimscope:", StringComparison.Ordinal)).Select(Normalise).Where(l => l != "...").ToList();

        AssertSubsequence(expectedOut, outLines, "standard output", quoted);
        AssertSubsequence(expectedErr, errLines, "standard error", quoted);
    }

    private static string ReadmePath => Path.Combine(SeedData.RepoRoot, "README.md");

    private static (string Out, string Error, int ExitCode) Run(string workingDirectory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "claimscope.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (output, error.Result, process.ExitCode);
    }

    private static List<string> Lines(string text, string home) =>
        [.. text.Replace(home, ReadmeExample.HomePlaceholder, StringComparison.Ordinal)
            .Split('\n')
            .Select(Normalise)
            .Where(l => l.Length > 0)];

    /// <summary>
    /// Column padding and rule lengths depend on the widest cell, so runs of spaces compare as one
    /// and a table's rule as a rule.
    /// </summary>
    private static string Normalise(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 0 && trimmed.All(c => c == '─') ? "─" : Spaces().Replace(trimmed, " ");
    }

    private static void AssertSubsequence(List<string> expected, List<string> actual, string stream, ReadmeExample example)
    {
        var at = 0;
        foreach (var line in expected)
        {
            var found = actual.FindIndex(at, l => l == line);
            Assert.True(found >= 0, $"{example}: the README quotes on {stream}\n  {line}\nbut the program printed (from line {at + 1}):\n  {string.Join("\n  ", actual.Skip(at).Take(12))}");
            at = found + 1;
        }
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
