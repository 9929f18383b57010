using System.Globalization;

namespace ClaimScope.Reports.Exports;

/// <summary>
/// Writes RFC 4180 rows. Text cells that a spreadsheet would run as a formula ("=HYPERLINK(...)")
/// are prefixed with an apostrophe; numeric cells are written as plain invariant numbers, so a
/// negative value stays a number.
/// </summary>
internal sealed class CsvCells(TextWriter output)
{
    private bool rowStarted;

    public void Text(string? value)
    {
        Separate();
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            output.Write(value);
            return;
        }

        output.Write('"');
        output.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        output.Write('"');
    }

    public void Number(double? value)
    {
        Separate();
        if (value is { } v && double.IsFinite(v))
        {
            output.Write(v.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    public void Number(int? value)
    {
        Separate();
        if (value is { } v)
        {
            output.Write(v.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Header(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Text(name);
        }

        EndRow();
    }

    /// <summary>RFC 4180 ends records with CRLF.</summary>
    public void EndRow()
    {
        output.Write("\r\n");
        rowStarted = false;
    }

    private void Separate()
    {
        if (rowStarted)
        {
            output.Write(',');
        }

        rowStarted = true;
    }
}
