namespace ModularCrm.Modules.Contacts.Consents;

/// <summary>A validated consent change about to be recorded.</summary>
internal sealed record ConsentChange(long ContactId, string Channel, string Status, DateTimeOffset GivenAt, string? Source, string? Proof);
