using System.Globalization;
using System.Text;
using ClaimScope.Core.Model;

namespace ClaimScope.Cli.Output;

/// <summary>
/// The claims as a fixed-width text table written row by row as claims arrive, so the first rows
/// show while a large input is still being read (a measured table would hold every row first).
/// </summary>
internal static class ClaimTable
{
    private static readonly (string Name, int Width, bool Right)[] Columns =
    [
        ("paper", 40, false), ("kind", 11, false), ("value", 16, true), ("qualifier", 9, false),
        ("target", 24, false), ("versus", 24, false), ("evidence", 60, false),
    ];

    /// <summary>Writes the header, then one line per claim; flushes each line when a person watches.</summary>
    public static void Write(TextWriter output, IEnumerable<PaperClaim> claims, bool flushEachRow)
    {
        output.WriteLine(Row(Columns.Select(c => c.Name).ToArray()));
        output.WriteLine(string.Join("  ", Columns.Select(c => new string('-', c.Width))).TrimEnd());
        foreach (var (paper, claim) in claims)
        {
            output.WriteLine(Row(
                paper.Title,
                claim.Kind.ToWire(),
                Value(claim),
                claim.Qualifier.ToWire(),
                claim.Target,
                claim.Baseline ?? "",
                claim.Text));
            if (flushEachRow)
            {
                output.Flush();
            }
        }

        output.Flush();
    }

    /// <summary>The character range of a column in every line, for readers of the table (and its tests).</summary>
    public static Range ColumnRange(string name)
    {
        var start = 0;
        foreach (var (column, width, _) in Columns)
        {
            if (column == name)
            {
                return start..(start + width);
            }

            start += width + 2;
        }

        throw new ArgumentException($"no column '{name}'", nameof(name));
    }

    private static string Row(params string[] cells)
    {
        var line = new StringBuilder();
        for (var i = 0; i < Columns.Length; i++)
        {
            var (_, width, right) = Columns[i];
            var text = Text.Shorten(cells[i], width);
            line.Append(right ? text.PadLeft(width) : text.PadRight(width));
            if (i < Columns.Length - 1)
            {
                line.Append("  ");
            }
        }

        return line.ToString().TrimEnd();
    }

    private static string Value(Claim claim) => claim.Low is { } low
        ? $"{Number(low)}-{Number(claim.Value)} {claim.Unit}"
        : $"{Number(claim.Value)} {claim.Unit}";

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
