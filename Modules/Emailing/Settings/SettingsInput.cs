namespace ModularCrm.Modules.Emailing.Settings;

/// <summary>The shop's sender and the hosts its tracked links may lead to (its website, its shop online…).</summary>
public sealed record SettingsInput(string? FromAddress, string? FromName, IReadOnlyList<string>? AllowedHosts);
