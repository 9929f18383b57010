using System.Globalization;
using ClaimScope.Reports;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Tests.Reports;

public class CsvExportTests
{
    private static List<List<string>> ClaimsCsv(ReportInput input)
    {
        using var writer = new StringWriter();
        ClaimsCsvExport.Write(writer, input.Claims);
        return Rfc4180.Parse(writer.ToString());
    }

    private static List<List<string>> PapersCsv(ReportInput input)
    {
        using var writer = new StringWriter();
        PapersCsvExport.Write(writer, input.Papers);
        return Rfc4180.Parse(writer.ToString());
    }

    private static string Cell(List<List<string>> rows, int row, string column) => rows[row][rows[0].IndexOf(column)];

    [Fact]
    public void Claims_csv_has_the_jsonl_columns_and_one_record_per_claim()
    {
        var rows = ClaimsCsv(GoldReportInput.Value);

        Assert.Equal(ClaimColumns.Names, rows[0]);
        Assert.Equal(GoldReportInput.Value.Claims.Count + 1, rows.Count);
        Assert.All(rows, r => Assert.Equal(ClaimColumns.Names.Count, r.Count));
    }

    [Fact]
    public void Evidence_with_commas_and_quotes_is_quoted_and_read_back_unchanged()
    {
        var input = GoldReportInput.Value;
        var index = input.Claims.ToList().FindIndex(c => c.Claim.Text.Contains(',', StringComparison.Ordinal));

        var rows = ClaimsCsv(input);

        Assert.Equal(input.Claims[index].Claim.Text, Cell(rows, index + 1, "text"));
    }

    [Fact]
    public void Cells_a_spreadsheet_would_run_as_formulas_are_neutralised()
    {
        var rows = ClaimsCsv(HostileReportInput.Value);

        Assert.Equal("'" + HostileReportInput.FormulaTitle, Cell(rows, 2, "title"));
        Assert.Equal("'=1+1", Cell(rows, 2, "target"));
        Assert.StartsWith("'", PapersCsv(HostileReportInput.Value)[2][1], StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_numbers_in_numeric_columns_stay_numbers()
    {
        var rows = ClaimsCsv(HostileReportInput.Value);

        Assert.Equal("-40", Cell(rows, 2, "value"));
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("de-DE")]
    public void Numbers_do_not_depend_on_the_current_culture(string culture)
    {
        var input = GoldReportInput.Value;
        var index = input.Claims.ToList().FindIndex(c => c.Claim.Value % 1 != 0);

        List<List<string>> rows;
        using (new CultureScope(culture))
        {
            rows = ClaimsCsv(input);
        }

        Assert.Equal(input.Claims[index].Claim.Value, double.Parse(Cell(rows, index + 1, "value"), CultureInfo.InvariantCulture));
        Assert.Contains('.', Cell(rows, index + 1, "value"));
    }

    [Fact]
    public void Papers_csv_lists_every_seed_paper_with_its_listings_and_source()
    {
        var input = GoldReportInput.Value;

        var rows = PapersCsv(input);

        Assert.Equal(PapersCsvExport.Columns, rows[0]);
        Assert.Equal(316, rows.Count - 1);
        var repeated = input.Papers.ToList().FindIndex(p => p.Appearances.Count > 1);
        Assert.Equal(input.Papers[repeated].Appearances.Count.ToString(CultureInfo.InvariantCulture), Cell(rows, repeated + 1, "listings"));
        Assert.Equal(input.Papers[repeated].Source.ToString(), Cell(rows, repeated + 1, "source"));
    }
}
