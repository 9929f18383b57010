namespace ClaimScope.Pull;

/// <summary>What a response must be before it is kept: a whole JSON document or a whole XML document.</summary>
public enum PullContent
{
    Json,
    Xml,
}
