namespace ClaimScope.Reports.Topics;

/// <summary>Reads one non-comment line of a taxonomy file: <c>topic: keyword, keyword, ...</c>.</summary>
internal static class TopicLine
{
    public static (string Name, IReadOnlyList<string> Keywords) Parse(string line, string source, int lineNumber)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            throw new TopicFileException(source, lineNumber, $"expected 'topic: keyword, keyword, ...' but found no ':' in \"{line}\"");
        }

        var name = line[..colon].Trim();
        if (name.Length == 0)
        {
            throw new TopicFileException(source, lineNumber, "the topic name before ':' is empty");
        }

        var rest = line[(colon + 1)..].Trim();
        if (rest.Length == 0)
        {
            throw new TopicFileException(source, lineNumber, $"topic '{name}' has no keywords after ':'");
        }

        var keywords = new List<string>();
        foreach (var part in rest.Split(','))
        {
            var keyword = part.Trim();
            if (keyword.Length == 0)
            {
                throw new TopicFileException(source, lineNumber, $"empty keyword in topic '{name}' (two commas in a row, or a trailing comma?)");
            }

            if (keyword.IndexOf('*', StringComparison.Ordinal) is var star && star >= 0 && star != keyword.Length - 1)
            {
                throw new TopicFileException(source, lineNumber, $"keyword '{keyword}': '*' may only end a keyword (it marks a prefix)");
            }

            if (TopicWords.Split(keyword).Length == 0)
            {
                throw new TopicFileException(source, lineNumber, $"keyword '{keyword}' has no letters or digits");
            }

            keywords.Add(keyword);
        }

        return (name, keywords);
    }
}
