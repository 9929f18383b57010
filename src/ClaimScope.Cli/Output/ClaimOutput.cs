using ClaimScope.Cli.Infrastructure;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Cli.Output;

/// <summary>Writes claims to standard output in the chosen format; every format streams.</summary>
internal static class ClaimOutput
{
    public static void Write(CliContext context, IEnumerable<PaperClaim> claims, string format) =>
        FormattedOutput.Write(context, format, claims, WriteTable, ClaimsJsonlExport.Write, ClaimsCsvExport.Write);

    private static void WriteTable(CliContext context, IEnumerable<PaperClaim> claims) =>
        ClaimTable.Write(context.Out, claims, flushEachRow: context.OutputIsTerminal);
}
