namespace ModularCrm.Modules.Newsletter.Lists;

/// <summary>A newsletter as staff create or edit it: the slug appears in public addresses and never changes once created.</summary>
public sealed record ListInput(string? Slug, string? Name, string? Description);
