namespace ClaimScope.Pull;

/// <summary>A service could not be reached at all (offline, refused, name not resolved) after every retry.</summary>
public sealed class PullUnreachableException(string message, Exception inner) : Exception(message, inner);
