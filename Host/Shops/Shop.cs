namespace ModularCrm.Host.Shops;

/// <summary>A tenant: every business row belongs to exactly one shop.</summary>
internal sealed record Shop(long Id, string Slug, string Name, string Culture, string TimeZone);
