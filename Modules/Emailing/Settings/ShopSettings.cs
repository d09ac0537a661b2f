namespace ModularCrm.Modules.Emailing.Settings;

/// <summary>A shop's e-mailing settings (row of <c>emailing_settings</c>).</summary>
internal sealed class ShopSettings
{
    public string? FromAddress { get; init; }

    public string? FromName { get; init; }

    /// <summary>Comma-separated host names tracked links may lead to.</summary>
    public string? AllowedHosts { get; init; }

    public string SigningKey { get; init; } = string.Empty;

    public IReadOnlyList<string> Hosts =>
        (AllowedHosts ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool Allows(Uri url) =>
        url.Scheme is "https" or "http" && Hosts.Any(h => string.Equals(h, url.IdnHost, StringComparison.OrdinalIgnoreCase));
}
