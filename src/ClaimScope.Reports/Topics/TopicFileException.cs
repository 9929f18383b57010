using System.Globalization;

namespace ClaimScope.Reports.Topics;

/// <summary>A topic taxonomy line that cannot be read; the message names the file and the line.</summary>
public sealed class TopicFileException : FormatException
{
    public TopicFileException(string file, int line, string problem)
        : base(string.Create(CultureInfo.InvariantCulture, $"{file}:{line}: {problem}"))
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    public TopicFileException()
    {
        File = "";
        Problem = "";
    }

    public TopicFileException(string message)
        : base(message)
    {
        File = "";
        Problem = message;
    }

    public TopicFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        File = "";
        Problem = message;
    }

    /// <summary>The taxonomy file, or "(built-in)" for the embedded copy.</summary>
    public string File { get; }

    /// <summary>The 1-based line that could not be read.</summary>
    public int Line { get; }

    /// <summary>What is wrong with the line, without the location.</summary>
    public string Problem { get; }
}
