using System.Globalization;
using ClaimScope.Core.Model;
using Microsoft.Data.Sqlite;

namespace ClaimScope.Storage;

/// <summary>
/// Turns a <see cref="ClaimQuery"/> into a WHERE clause whose every value is a parameter of the
/// command: user text never becomes SQL, and LIKE wildcards in it are matched literally.
/// </summary>
internal sealed class ClaimQueryFilter(SqliteCommand command, bool hasTargetGroups)
{
    private readonly List<string> conditions = [];

    public string Build(ClaimQuery query)
    {
        if (query.Kinds.Count > 0)
        {
            var names = query.Kinds.Select((kind, i) => Parameter($"$kind{i.ToString(CultureInfo.InvariantCulture)}", kind.ToWire()));
            conditions.Add($"c.kind IN ({string.Join(", ", names)})");
        }

        if (query.Target is { } target)
        {
            var like = Contains("$target", target);
            conditions.Add(hasTargetGroups
                ? $"(c.target LIKE {like} ESCAPE '\\' OR claimscope_target_group(c.target) = {Parameter("$targetGroup", target.Trim().ToLowerInvariant())})"
                : $"c.target LIKE {like} ESCAPE '\\'");
        }

        Add("c.factor >= {0}", "$minFactor", query.MinFactor);
        Add("c.factor <= {0}", "$maxFactor", query.MaxFactor);
        Add("c.qualifier = {0}", "$qualifier", query.Qualifier?.ToWire());
        if (query.Baseline is { } baseline)
        {
            conditions.Add($"c.baseline LIKE {Contains("$baseline", baseline)} ESCAPE '\\'");
        }

        AddDates(query.Since, query.Until);
        if (query.Organisation is { } org)
        {
            var like = Contains("$org", org);
            conditions.Add($"(p.org_slug LIKE {like} ESCAPE '\\' OR p.org_name LIKE {like} ESCAPE '\\')");
        }

        if (query.Text is { } text)
        {
            var like = Contains("$text", text);
            conditions.Add($"(p.title LIKE {like} ESCAPE '\\' OR p.abstract LIKE {like} ESCAPE '\\' OR c.text LIKE {like} ESCAPE '\\')");
        }

        if (query.HasCode is { } hasCode)
        {
            conditions.Add(hasCode ? "coalesce(p.code_url, '') <> ''" : "coalesce(p.code_url, '') = ''");
        }

        return conditions.Count == 0 ? "" : "WHERE " + string.Join("\n  AND ", conditions);
    }

    // A paper is in the window when any of its dates is: a listing it appeared in, or its publication.
    private void AddDates(DateOnly? since, DateOnly? until)
    {
        if (since is null && until is null)
        {
            return;
        }

        var bounds = new List<string>();
        if (since is { } from)
        {
            bounds.Add($"d >= {Parameter("$since", Iso(from))}");
        }

        if (until is { } to)
        {
            bounds.Add($"d <= {Parameter("$until", Iso(to))}");
        }

        conditions.Add($"""
            EXISTS (SELECT 1 FROM (SELECT a.listing_date AS d FROM appearances a WHERE a.paper_id = p.id UNION ALL SELECT p.published)
                    WHERE d IS NOT NULL AND {string.Join(" AND ", bounds)})
            """);
    }

    private void Add(string condition, string name, object? value)
    {
        if (value is not null)
        {
            conditions.Add(string.Format(CultureInfo.InvariantCulture, condition, Parameter(name, value)));
        }
    }

    private string Contains(string name, string text)
    {
        var escaped = text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
        return Parameter(name, "%" + escaped + "%");
    }

    private string Parameter(string name, object value)
    {
        command.Parameters.AddWithValue(name, value);
        return name;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
