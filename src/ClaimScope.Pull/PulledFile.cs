namespace ClaimScope.Pull;

/// <summary>The result of one request: where its response is kept, what it held, or why it failed.</summary>
public sealed record PulledFile(PullRequest Request, PullOutcome Outcome, string Path, ResponseSummary? Summary, string? Problem)
{
    public bool Succeeded => Outcome != PullOutcome.Failed;
}
