using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimScope.Core.Model;

namespace ClaimScope.CorpusGenerator;

/// <summary>
/// Writes arXiv-metadata-snapshot JSON lines (the Kaggle file's shape: id, submitter, authors,
/// title, abstract hard-wrapped as arXiv stores it, versions, authors_parsed...) of any size from
/// seed papers, each line a fresh paper: a new id and a numbered title. The same seed papers, seed
/// number and size always give the same bytes.
/// </summary>
public sealed class SnapshotGenerator(IReadOnlyList<Paper> seeds, int seed)
{
    private static readonly string[] Categories = ["cs.LG", "cs.CL", "cs.CV", "cs.AI", "stat.ML", "cs.LG cs.AI", "cs.CL cs.LG"];

    /// <summary>Writes lines until at least <paramref name="bytes"/> bytes are written; returns the number of lines.</summary>
    public long Write(Stream output, long bytes)
    {
        if (seeds.Count == 0)
        {
            throw new InvalidOperationException("no seed papers to generate from");
        }

        var random = new Random(seed);
        var buffer = new MemoryStream();
        using var json = new Utf8JsonWriter(buffer);
        var written = 0L;
        var lines = 0L;
        while (written < bytes)
        {
            buffer.SetLength(0);
            json.Reset();
            WriteLine(json, seeds[random.Next(seeds.Count)], lines, random);
            json.Flush();
            buffer.WriteByte((byte)'\n');
            output.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
            written += buffer.Length;
            lines++;
        }

        return lines;
    }

    private static void WriteLine(Utf8JsonWriter json, Paper paper, long n, Random random)
    {
        var authors = paper.Authors.Count > 0 ? paper.Authors : ["A. Author"];
        var created = new DateOnly(2007, 4, 2).AddDays((int)(n % 6000));
        json.WriteStartObject();
        json.WriteString("id", Id(n));
        json.WriteString("submitter", authors[0]);
        json.WriteString("authors", string.Join(", ", authors));
        json.WriteString("title", Wrap($"{paper.Title} [{n.ToString(CultureInfo.InvariantCulture)}]", indent: false));
        json.WriteString("comments", $"{random.Next(4, 40).ToString(CultureInfo.InvariantCulture)} pages");
        json.WriteNull("journal-ref");
        json.WriteNull("doi");
        json.WriteNull("report-no");
        json.WriteString("categories", Categories[random.Next(Categories.Length)]);
        json.WriteString("license", "http://arxiv.org/licenses/nonexclusive-distrib/1.0/");
        json.WriteString("abstract", Wrap(paper.Abstract, indent: true));
        json.WriteStartArray("versions");
        json.WriteStartObject();
        json.WriteString("version", "v1");
        json.WriteString("created", created.ToString("ddd, d MMM yyyy", CultureInfo.InvariantCulture) + " 12:00:00 GMT");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteString("update_date", created.AddDays(random.Next(0, 400)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("authors_parsed");
        foreach (var author in authors)
        {
            var space = author.LastIndexOf(' ');
            json.WriteStartArray();
            json.WriteStringValue(space < 0 ? author : author[(space + 1)..]);
            json.WriteStringValue(space < 0 ? "" : author[..space]);
            json.WriteStringValue("");
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A fresh new-style id per line ("9yyy.nnnnn"), never one of arXiv's real ones before 2090.</summary>
    private static string Id(long n) => string.Create(CultureInfo.InvariantCulture, $"9{n / 99999 % 1000:D3}.{n % 99999 + 1:D5}");

    /// <summary>arXiv stores text hard-wrapped near 80 columns; abstracts start with two spaces and end with a newline.</summary>
    private static string Wrap(string text, bool indent)
    {
        var builder = new StringBuilder(text.Length + (text.Length / 70) + 4);
        if (indent)
        {
            builder.Append("  ");
        }

        var column = builder.Length;
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (column > 0 && column + word.Length >= 80)
            {
                builder.Append(indent ? "\n" : "\n  ");
                column = indent ? 0 : 2;
            }
            else if (column > (indent ? 2 : 0))
            {
                builder.Append(' ');
                column++;
            }

            builder.Append(word);
            column += word.Length;
        }

        return indent ? builder.Append('\n').ToString() : builder.ToString();
    }
}
