using ClaimScope.Core.Model;
using Parquet;
using Parquet.Schema;

namespace ClaimScope.Reports.Exports;

/// <summary>
/// claims.parquet: the columns of claims.csv, typed (doubles, ints, dates), followed by the paper's
/// own fields, for pandas, DuckDB and Spark. Rows are written in row groups, so a store of any
/// size streams through in bounded memory.
/// </summary>
public static class ClaimsParquetExport
{
    /// <summary>The schema: the claims.csv columns in their order, then the paper fields.</summary>
    public static ParquetSchema Schema { get; } = new(
        new DataField<string>("paper_id", false),
        new DataField<string>("title", false),
        new DataField<string>("kind", false),
        new DataField<double>("value"),
        new DataField<double?>("low"),
        new DataField<string>("unit", false),
        new DataField<string>("qualifier", false),
        new DataField<string>("target", false),
        new DataField<string>("baseline", true),
        new DataField<string>("text", false),
        new DataField<int>("start"),
        new DataField<int>("end"),
        new DataField<string>("source", false),
        new DataField<double?>("factor"),
        new DataField<string>("arxiv_id", true),
        new DataField<DateOnly?>("published"),
        new DataField<DateOnly?>("last_listed"),
        new DataField<string>("organisation", true),
        new DataField<int?>("upvotes"),
        new DataField<string>("code_url", true),
        new DataField<int?>("author_count"));

    public static async Task WriteAsync(Stream output, IEnumerable<PaperClaim> claims, int rowGroupSize = 100_000, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupSize, 1);
        await using var writer = await ParquetWriter.CreateAsync(Schema, output, cancellationToken: cancellation).ConfigureAwait(false);
        var rows = new List<PaperClaim>(Math.Min(rowGroupSize, 4096));
        var groups = 0;
        foreach (var row in claims)
        {
            rows.Add(row);
            if (rows.Count == rowGroupSize)
            {
                await WriteGroup(writer, rows, cancellation).ConfigureAwait(false);
                rows.Clear();
                groups++;
            }
        }

        // A file with no rows still carries the schema, so readers see the columns.
        if (rows.Count > 0 || groups == 0)
        {
            await WriteGroup(writer, rows, cancellation).ConfigureAwait(false);
        }
    }

    private static async Task WriteGroup(ParquetWriter writer, List<PaperClaim> rows, CancellationToken cancellation)
    {
        using var group = writer.CreateRowGroup();
        var f = Schema.GetDataFields();
        await Strings(group, f[0], rows, r => r.Paper.Id);
        await Strings(group, f[1], rows, r => r.Paper.Title);
        await Strings(group, f[2], rows, r => r.Claim.Kind.ToWire());
        await group.WriteAsync(f[3], Values(rows, r => r.Claim.Value), cancellationToken: cancellation).ConfigureAwait(false);
        await group.WriteAsync(f[4], Values(rows, r => r.Claim.Low), cancellationToken: cancellation).ConfigureAwait(false);
        await Strings(group, f[5], rows, r => r.Claim.Unit);
        await Strings(group, f[6], rows, r => r.Claim.Qualifier.ToWire());
        await Strings(group, f[7], rows, r => r.Claim.Target);
        await Strings(group, f[8], rows, r => r.Claim.Baseline);
        await Strings(group, f[9], rows, r => r.Claim.Text);
        await group.WriteAsync(f[10], Values(rows, r => r.Claim.Start), cancellationToken: cancellation).ConfigureAwait(false);
        await group.WriteAsync(f[11], Values(rows, r => r.Claim.End), cancellationToken: cancellation).ConfigureAwait(false);
        await Strings(group, f[12], rows, r => r.Paper.Source.ToString());
        await group.WriteAsync(f[13], Values(rows, r => Finite(r.Claim.Factor)), cancellationToken: cancellation).ConfigureAwait(false);
        await Strings(group, f[14], rows, r => r.Paper.ArxivId);
        await group.WriteAsync(f[15], Values(rows, r => r.Paper.Published), cancellationToken: cancellation).ConfigureAwait(false);
        await group.WriteAsync(f[16], Values(rows, r => r.Paper.Appearances.Max(a => a.ListingDate)), cancellationToken: cancellation).ConfigureAwait(false);
        await Strings(group, f[17], rows, r => r.Paper.Organisation?.Name);
        await group.WriteAsync(f[18], Values(rows, r => r.Paper.Upvotes), cancellationToken: cancellation).ConfigureAwait(false);
        await Strings(group, f[19], rows, r => PaperLinks.CodeUrl(r.Paper));
        await group.WriteAsync(f[20], Values(rows, r => r.Paper.AuthorCount), cancellationToken: cancellation).ConfigureAwait(false);
    }

    private static Task Strings(ParquetRowGroupWriter group, DataField field, List<PaperClaim> rows, Func<PaperClaim, string?> value) =>
        group.WriteAsync(field, rows.Select(value).ToArray()!);

    private static ReadOnlyMemory<T> Values<T>(List<PaperClaim> rows, Func<PaperClaim, T> value) => rows.Select(value).ToArray();

    private static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;
}
