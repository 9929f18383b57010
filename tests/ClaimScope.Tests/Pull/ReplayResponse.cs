using System.Text;

namespace ClaimScope.Tests.Pull;

/// <summary>What the replay server answers to one request: a recorded body, or a fault.</summary>
internal sealed record ReplayResponse(int Status, byte[] Body)
{
    public Dictionary<string, string> Headers { get; init; } = [];

    /// <summary>How long to wait before answering (a timeout fault).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Send only this many bytes of a body announced whole, then cut the connection.</summary>
    public int? CutAfter { get; init; }

    public ReplayResponse WithHeader(string name, string value)
    {
        var copy = this with { Headers = new Dictionary<string, string>(Headers) };
        copy.Headers[name] = value;
        return copy;
    }

    public static ReplayResponse File(string path) => new(200, System.IO.File.ReadAllBytes(path));

    public static ReplayResponse Text(int status, string body) => new(status, Encoding.UTF8.GetBytes(body));
}
