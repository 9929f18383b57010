namespace ClaimScope.Storage;

/// <summary>
/// A database that cannot be used as asked, with a one-line message that names the file and says
/// what is wrong. An <see cref="IOException"/>, so a command that does not catch it still reports
/// it as one line.
/// </summary>
public sealed class ClaimStoreException : IOException
{
    public ClaimStoreException(StoreProblem problem, string message, Exception? inner = null)
        : base(message, inner) => Problem = problem;

    public StoreProblem Problem { get; }
}
