using ModularCrm.Sdk.Home;

namespace ModularCrm.Host.Pages.Home;

/// <summary>A module's home figure with the link to its pages already resolved.</summary>
internal sealed record ShopFigure(string ModuleId, HomeFigure Figure, string? Href);
