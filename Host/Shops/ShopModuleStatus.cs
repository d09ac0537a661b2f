namespace ModularCrm.Host.Shops;

/// <summary>A module as one shop sees it, for the API, the CLI and the admin pages.</summary>
internal sealed record ShopModuleStatus(
    string Id,
    string DisplayName,
    string Version,
    ShopModuleState State,
    string? Reason,
    IReadOnlyList<string> DependsOn);
