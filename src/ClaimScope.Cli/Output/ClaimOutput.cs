using System.Globalization;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Exports;
using Spectre.Console;

namespace ClaimScope.Cli.Output;

/// <summary>Writes claims to standard output in the chosen format.</summary>
internal static class ClaimOutput
{
    public static void Write(CliContext context, IEnumerable<PaperClaim> claims, string format) =>
        FormattedOutput.Write(context, format, claims, WriteTable, ClaimsJsonlExport.Write, ClaimsCsvExport.Write);

    private static void WriteTable(CliContext context, IEnumerable<PaperClaim> claims)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("paper")
            .AddColumn("kind")
            .AddColumn("value", c => c.RightAligned())
            .AddColumn("qualifier")
            .AddColumn("target")
            .AddColumn("versus")
            .AddColumn("evidence");
        foreach (var (paper, claim) in claims)
        {
            var value = claim.Low is { } low
                ? $"{Number(low)}-{Number(claim.Value)} {claim.Unit}"
                : $"{Number(claim.Value)} {claim.Unit}";
            table.AddRow(
                Markup.Escape(Text.Shorten(paper.Title, 40)),
                claim.Kind.ToWire(),
                Markup.Escape(value),
                claim.Qualifier.ToWire(),
                Markup.Escape(claim.Target),
                Markup.Escape(Text.Shorten(claim.Baseline ?? "", 24)),
                Markup.Escape(Text.Shorten(claim.Text, 60)));
        }

        context.CreateOutputConsole().Write(table);
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
