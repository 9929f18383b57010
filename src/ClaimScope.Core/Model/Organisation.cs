namespace ClaimScope.Core.Model;

/// <summary>The organisation a listing credits a paper to: its URL slug and display name.</summary>
public sealed record Organisation(string Slug, string Name);
