using ClaimScope.Tests.Cli;

namespace ClaimScope.Tests.Evaluation;

public class EvalCommandTests
{
    [Fact]
    public void Scoring_no_paper_at_all_fails_with_a_message_naming_the_gold_file()
    {
        var dev2Papers = Path.Combine(SeedData.GoldFolder, "dev2.papers.json");

        var run = CliRun.Of("eval", "--gold", SeedData.GoldFile, dev2Papers);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"{SeedData.GoldFile}: none of its 316 papers is in the inputs", run.Error, StringComparison.Ordinal);
        Assert.Contains("0 papers scored", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Fact]
    public void The_report_shows_strict_targets_named_baselines_and_the_kind_matrix()
    {
        var run = CliRun.Of("eval", "--gold", SeedData.GoldFile, SeedData.Feed("002_2903ebea94aed6e0.txt"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(strict ", run.Out, StringComparison.Ordinal);
        Assert.Contains("named baselines found: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("Kinds (rows gold, columns predicted;", run.Out, StringComparison.Ordinal);
    }
}
