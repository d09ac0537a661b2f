namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>An entry of the module's sub-menu.</summary>
internal sealed record MenuLink(string Href, string Label, bool Current);
