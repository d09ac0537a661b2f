namespace ModularCrm.Modules.Contacts.Consents;

/// <summary>A consent change for one channel: granted or withdrawn, when, where and the proof (form id, signed paper…).</summary>
public sealed record ConsentInput(string? Status, DateTimeOffset? Date, string? Source, string? Proof);
