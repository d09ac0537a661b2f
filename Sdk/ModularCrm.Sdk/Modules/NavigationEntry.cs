namespace ModularCrm.Sdk.Modules;

/// <summary>A link in the shop's navigation menu.</summary>
/// <param name="Path">Path relative to the module's page group, e.g. <c>""</c> or <c>"new"</c>.</param>
/// <param name="TitleFr">Title shown to French users.</param>
/// <param name="TitleEn">Title shown to English users.</param>
/// <param name="Order">Position in the menu; lower first.</param>
public sealed record NavigationEntry(string Path, string TitleFr, string TitleEn, int Order = 100);
