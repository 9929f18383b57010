using System.Text.Json;
using ClaimScope.Core.Model;
using ClaimScope.Reports.Exports;

namespace ClaimScope.Tests.Reports;

public class ClaimsJsonlExportTests
{
    private static string Export(IEnumerable<PaperClaim> claims)
    {
        using var writer = new StringWriter();
        ClaimsJsonlExport.Write(writer, claims);
        return writer.ToString();
    }

    private static JsonElement Line(string jsonl, int index) =>
        JsonDocument.Parse(jsonl.Split('\n')[index]).RootElement;

    [Fact]
    public void Writes_one_json_object_per_line_for_each_claim()
    {
        var claims = GoldReportInput.Value.Claims;

        var lines = Export(claims).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(claims.Count, lines.Length);
        Assert.All(lines, l => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(l).RootElement.ValueKind));
    }

    [Fact]
    public void Writes_the_agreed_field_names_in_the_agreed_order()
    {
        string[] agreed = ["paper_id", "title", "kind", "value", "low", "unit", "qualifier", "target", "baseline", "text", "start", "end", "source"];

        var names = Line(Export(GoldReportInput.Value.Claims.Take(1)), 0).EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(agreed, names.Take(agreed.Length));
        Assert.Equal("factor", names[agreed.Length]);
    }

    [Fact]
    public void Writes_kind_and_qualifier_by_their_wire_names_and_the_source_as_file_and_line()
    {
        var upTo = GoldReportInput.Value.Claims.First(c => c.Claim.Qualifier == ClaimQualifier.UpTo && c.Claim.Kind == ClaimKind.Speedup);

        var json = Line(Export([upTo]), 0);

        Assert.Equal("speedup", json.GetProperty("kind").GetString());
        Assert.Equal("up to", json.GetProperty("qualifier").GetString());
        Assert.Equal($"{upTo.Paper.Source.File}:{upTo.Paper.Source.Line}", json.GetProperty("source").GetString());
        Assert.Equal(upTo.Claim.Text, upTo.Paper.Abstract[json.GetProperty("start").GetInt32()..json.GetProperty("end").GetInt32()]);
    }

    [Theory]
    [InlineData("ru-RU")]
    [InlineData("de-DE")]
    public void Numbers_do_not_depend_on_the_current_culture(string culture)
    {
        var claims = GoldReportInput.Value.Claims;
        var invariant = Export(claims);

        string local;
        using (new CultureScope(culture))
        {
            local = Export(claims);
        }

        Assert.Equal(invariant, local);
        var fractional = claims.First(c => c.Claim.Value % 1 != 0);
        Assert.Contains($"\"value\":{fractional.Claim.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)},", local, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_feed_text_round_trips_as_plain_strings()
    {
        var json = Line(Export(HostileReportInput.Claims), 0);

        Assert.Equal(HostileReportInput.ScriptTitle, json.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("low").ValueKind);
        Assert.Equal(HostileReportInput.HostileBaseline, json.GetProperty("baseline").GetString());
    }
}
