using System.Text.Json;
using ClaimScope.Reports.Exports;
using ClaimScope.Storage;
using ClaimScope.Tests.Cli;
using Parquet;
using Parquet.Schema;

namespace ClaimScope.Tests.Query;

public sealed class ExportCommandTests(QueryStoreFixture fixture) : IClassFixture<QueryStoreFixture>, IDisposable
{
    // Parquet DATE columns read back as DateOnly (Parquet.Net's default is DateTime).
    private static readonly ParquetOptions DateOnlyDates = new() { UseDateOnlyTypeForDates = true };

    private readonly TempFolder folder = new();

    [Fact]
    public async Task The_parquet_file_holds_every_stored_claim_with_typed_columns()
    {
        var path = Path.Combine(folder.Path, "claims.parquet");

        var run = CliRun.Of("export", "--db", fixture.DbPath, "--format", "parquet", "--out", path);

        Assert.True(run.ExitCode == 0, run.Error);
        using var store = ClaimStore.Open(fixture.DbPath);
        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file, DateOnlyDates);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal([.. ClaimColumns.Names, "arxiv_id", "published", "last_listed", "organisation", "upvotes", "code_url", "author_count"], fields.Select(f => f.Name));
        Assert.Equal(typeof(double), Field(reader, "value").ClrType);
        Assert.Equal(typeof(int), Field(reader, "start").ClrType);
        Assert.Equal(typeof(DateOnly), Field(reader, "published").ClrType);
        Assert.True(Field(reader, "factor").IsNullable);
        Assert.Equal(store.ClaimCount, Enumerable.Range(0, reader.RowGroupCount).Sum(i => reader.OpenRowGroupReader(i).RowCount));
        Assert.Contains($"exported {store.ClaimCount} claims", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_rows_carry_the_values_of_the_query_in_its_order()
    {
        var path = Path.Combine(folder.Path, "big.parquet");

        CliRun.Of("export", "--db", fixture.DbPath, "--kind", "speedup", "--min-factor", "20", "--sort", "factor", "--out", path);

        using var store = ClaimStore.Open(fixture.DbPath);
        var expected = store.Query(new ClaimQuery { Kinds = [Core.Model.ClaimKind.Speedup], MinFactor = 20, Sort = ClaimQuerySort.Factor }).ToList();
        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file, DateOnlyDates);
        using var group = reader.OpenRowGroupReader(0);
        var n = (int)group.RowCount;
        var (ids, factors, published) = (new string?[n], new double?[n], new DateOnly?[n]);
        await group.ReadAsync(Field(reader, "paper_id"), ids.AsMemory());
        await group.ReadAsync(Field(reader, "factor"), factors.AsMemory());
        await group.ReadAsync(Field(reader, "published"), published.AsMemory());
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(r => r.Paper.Id), ids);
        Assert.Equal(expected.Select(r => r.Claim.Factor), factors);
        Assert.Equal(expected.Select(r => r.Paper.Published), published);
    }

    [Fact]
    public async Task An_empty_selection_still_writes_a_parquet_file_with_the_columns()
    {
        var path = Path.Combine(folder.Path, "none.parquet");

        var run = CliRun.Of("export", "--db", fixture.DbPath, "--text", "no paper says this", "--out", path);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("exported 0 claims", run.Error, StringComparison.Ordinal);
        await using var file = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(file, DateOnlyDates);
        Assert.Equal(ClaimColumns.Names[0], reader.Schema.GetDataFields()[0].Name);
    }

    [Fact]
    public void Jsonl_and_csv_exports_are_the_claims_export_formats()
    {
        var jsonl = Path.Combine(folder.Path, "claims.jsonl");
        var csv = Path.Combine(folder.Path, "claims.csv");

        CliRun.Of("export", "--db", fixture.DbPath, "--format", "jsonl", "--out", jsonl, "--limit", "5");
        CliRun.Of("export", "--db", fixture.DbPath, "--format", "csv", "--out", csv, "--limit", "5");

        var lines = File.ReadAllLines(jsonl);
        Assert.Equal(5, lines.Length);
        Assert.Equal(ClaimColumns.Names, JsonDocument.Parse(lines[0]).RootElement.EnumerateObject().Select(p => p.Name));
        Assert.StartsWith(string.Join(',', ClaimColumns.Names) + "\r\n", File.ReadAllText(csv), StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();

    private static DataField Field(ParquetReader reader, string name) => reader.Schema.GetDataFields().Single(f => f.Name == name);
}
