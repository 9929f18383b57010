namespace ClaimScope.Tests.Readme;

/// <summary>
/// One terminal session quoted in README.md: a <c>$ claimscope ...</c> line, an optional
/// <c>| head -N</c>, and the lines the README says it prints ("..." elides lines).
/// </summary>
internal sealed record ReadmeExample(int Line, IReadOnlyList<string> Arguments, int? HeadLines, IReadOnlyList<string> Expected)
{
    /// <summary>The README's placeholder for the folder the user runs the command in.</summary>
    public const string HomePlaceholder = "/home/me/claimscope";

    public override string ToString() => $"README.md:{Line}: claimscope {string.Join(' ', Arguments)}";

    /// <summary>Every quoted session of the README's fenced code blocks, in order.</summary>
    public static IReadOnlyList<ReadmeExample> Parse(string[] lines)
    {
        var examples = new List<ReadmeExample>();
        var inBlock = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (!inBlock || !lines[i].StartsWith("$ claimscope ", StringComparison.Ordinal))
            {
                continue;
            }

            var (arguments, head) = ParseCommand(lines[i]["$ claimscope ".Length..], i + 1);
            var expected = new List<string>();
            var j = i + 1;
            for (; j < lines.Length && !lines[j].StartsWith("$ ", StringComparison.Ordinal) && !lines[j].StartsWith("```", StringComparison.Ordinal); j++)
            {
                expected.Add(lines[j]);
            }

            examples.Add(new ReadmeExample(i + 1, arguments, head, expected));
            i = j - 1;
        }

        return examples;
    }

    private static (IReadOnlyList<string> Arguments, int? Head) ParseCommand(string command, int line)
    {
        var parts = command.Split('|', 2);
        int? head = null;
        if (parts.Length == 2)
        {
            var pipe = parts[1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (pipe.Length != 2 || pipe[0] != "head" || !pipe[1].StartsWith('-') || !int.TryParse(pipe[1][1..], out var n))
            {
                throw new FormatException($"README.md:{line}: only '| head -N' can follow a quoted command (got '{parts[1].Trim()}')");
            }

            head = n;
        }

        return (parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), head);
    }
}
