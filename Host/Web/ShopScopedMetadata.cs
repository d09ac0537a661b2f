namespace ModularCrm.Host.Web;

/// <summary>Marks a host endpoint whose route has a <c>{shop}</c> value that must name an existing shop.</summary>
internal sealed record ShopScopedMetadata;
