using ClaimScope.Core.Model;

namespace ClaimScope.Reports.Topics;

/// <summary>
/// A keyword taxonomy of research topics, read from a text file users can edit
/// (<c>topic: keyword, keyword phrase, prefix*</c>, <c>#</c> starts a comment).
/// A paper belongs to every topic whose keywords it mentions often enough: a title mention
/// weighs <see cref="TitleWeight"/>, an abstract mention 1, and a topic needs <see cref="MinimumScore"/>,
/// so one passing word in an abstract does not make a topic.
/// </summary>
public sealed class TopicTaxonomy
{
    public const string BuiltInName = "(built-in topics.txt)";

    /// <summary>The label of papers that match no topic.</summary>
    public const string Other = "other";

    public const int TitleWeight = 3;

    public const int MinimumScore = 2;

    private const string ResourceName = "ClaimScope.Reports.Topics.topics.txt";

    private readonly Dictionary<string, List<KeywordMatcher>> byFirstWord = new(StringComparer.Ordinal);
    private readonly List<KeywordMatcher> prefixFirstWord = [];

    private TopicTaxonomy(IReadOnlyList<Topic> topics, string source)
    {
        Topics = topics;
        Source = source;
        for (var index = 0; index < topics.Count; index++)
        {
            foreach (var keyword in topics[index].Keywords)
            {
                var matcher = KeywordMatcher.Create(keyword, index);
                if (matcher.Words.Length == 1 && matcher.LastIsPrefix)
                {
                    prefixFirstWord.Add(matcher);
                }
                else
                {
                    if (!byFirstWord.TryGetValue(matcher.Words[0], out var list))
                    {
                        byFirstWord[matcher.Words[0]] = list = [];
                    }

                    list.Add(matcher);
                }
            }
        }
    }

    /// <summary>The topics in file order; ties in a paper's scores are broken by this order.</summary>
    public IReadOnlyList<Topic> Topics { get; }

    /// <summary>Where the taxonomy was read from (a path, or <see cref="BuiltInName"/>).</summary>
    public string Source { get; }

    /// <summary>The taxonomy shipped with the tool (a copy of data/topics.txt).</summary>
    public static TopicTaxonomy BuiltIn()
    {
        using var stream = typeof(TopicTaxonomy).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), BuiltInName);
    }

    /// <summary>Reads a taxonomy file; a malformed line throws <see cref="TopicFileException"/>.</summary>
    public static TopicTaxonomy Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>The file named in a report's input, else the built-in taxonomy.</summary>
    public static TopicTaxonomy LoadOrBuiltIn(string? path) => path is null ? BuiltIn() : Load(path);

    /// <summary>Parses taxonomy text; <paramref name="source"/> names it in error messages.</summary>
    public static TopicTaxonomy Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var topics = new List<(string Name, List<string> Keywords)>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            line = (hash >= 0 ? line[..hash] : line).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var (name, keywords) = TopicLine.Parse(line, source, i + 1);
            var existing = topics.FindIndex(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
            if (existing >= 0)
            {
                // A topic may be continued on a later line, so long keyword lists stay readable.
                topics[existing].Keywords.AddRange(keywords);
            }
            else
            {
                topics.Add((name, [.. keywords]));
            }
        }

        return new TopicTaxonomy([.. topics.Select(t => new Topic(t.Name, t.Keywords))], source);
    }

    /// <summary>The topics a paper belongs to, best match first; empty when none scores enough.</summary>
    public IReadOnlyList<string> Assign(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var scores = new int[Topics.Count];
        AddHits(TopicWords.Split(paper.Title), TitleWeight, scores);
        AddHits(TopicWords.Split(paper.Abstract), 1, scores);
        return [.. Enumerable.Range(0, Topics.Count)
            .Where(i => scores[i] >= MinimumScore)
            .OrderByDescending(i => scores[i])
            .ThenBy(i => i)
            .Select(i => Topics[i].Name)];
    }

    private void AddHits(string[] words, int weight, int[] scores)
    {
        for (var at = 0; at < words.Length; at++)
        {
            if (byFirstWord.TryGetValue(words[at], out var candidates))
            {
                foreach (var matcher in candidates)
                {
                    if (matcher.MatchesAt(words, at))
                    {
                        scores[matcher.TopicIndex] += weight;
                    }
                }
            }

            foreach (var matcher in prefixFirstWord)
            {
                if (words[at].StartsWith(matcher.Words[0], StringComparison.Ordinal))
                {
                    scores[matcher.TopicIndex] += weight;
                }
            }
        }
    }
}
