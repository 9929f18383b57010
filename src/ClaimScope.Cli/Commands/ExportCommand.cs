using System.CommandLine;
using System.Globalization;
using System.Text;
using ClaimScope.Cli.Infrastructure;
using ClaimScope.Cli.Output;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Cli.Commands;

/// <summary>
/// <c>claimscope export</c>: the stored claims with their papers' fields as one Parquet, CSV or
/// JSON lines file, for pandas, DuckDB and Spark; the query filters choose which.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var db = QueryCommand.RequiredDatabase("The SQLite database to export");
        var filters = new QueryOptions();
        var format = CommonOptions.Format("File format: parquet, csv or jsonl", "parquet", "csv", "jsonl");
        var output = new Option<string>("--out", "-o") { Description = "The file to write", Required = true };
        var command = new Command("export", "Write the stored claims (optionally filtered) with their paper fields to a Parquet, CSV or JSON lines file");
        command.Options.Add(db);
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            using var store = QueryCommand.OpenExisting(parse.GetValue(db)!);
            var path = parse.GetValue(output)!;
            var count = 0;
            var claims = Counted(store.Query(filters.Build(parse, RelativeDate.Today), QueryOptions.TargetGroup), () => count++);
            AtomicFile.Write(path, stream =>
            {
                switch (parse.GetValue(format))
                {
                    case "parquet":
                        ClaimsParquetExport.WriteAsync(stream, claims).GetAwaiter().GetResult();
                        break;
                    case "csv":
                        WriteText(stream, writer => ClaimsCsvExport.Write(writer, claims));
                        break;
                    default:
                        WriteText(stream, writer => ClaimsJsonlExport.Write(writer, claims));
                        break;
                }
            });
            context.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "claimscope: exported {0} claims to {1}", count, path));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteText(Stream stream, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        write(writer);
    }

    private static IEnumerable<PaperClaim> Counted(IEnumerable<PaperClaim> claims, Action seen)
    {
        foreach (var claim in claims)
        {
            seen();
            yield return claim;
        }
    }
}
