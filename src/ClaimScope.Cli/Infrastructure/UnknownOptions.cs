using System.CommandLine;
using System.CommandLine.Parsing;

namespace ClaimScope.Cli.Infrastructure;

/// <summary>
/// Finds misspelt options: the parser takes an unknown "--fromat" as one more input file, and the
/// user would be told "--fromat: no such file or folder". An input that starts with a dash, is
/// not "-" (standard input) and names no existing path is reported as an unknown option, with the
/// nearest real option as a suggestion.
/// </summary>
internal static class UnknownOptions
{
    public static IEnumerable<string> Find(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var inputs = parse.CommandResult.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value);
        foreach (var token in inputs)
        {
            if (token.Length < 2 || token[0] != '-' || File.Exists(token) || Directory.Exists(token))
            {
                continue;
            }

            var name = token.Split('=', 2)[0];
            var known = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Distinct(StringComparer.Ordinal).ToList();
            var nearest = known.Where(k => k.StartsWith("--", StringComparison.Ordinal))
                .Select(k => (Name: k, Distance: Distance(name, k)))
                .Where(k => k.Distance <= Math.Max(2, name.Length / 3))
                .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
                .Select(k => k.Name)
                .FirstOrDefault();
            yield return nearest is null
                ? $"unknown option '{name}' for '{command.Name}' (see 'claimscope {command.Name} --help')"
                : $"unknown option '{name}' for '{command.Name}': did you mean {nearest}?";
        }
    }

    /// <summary>Edit distance with adjacent swaps counted as one edit ("fromat" is one swap from "format").</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
