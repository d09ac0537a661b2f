namespace ModularCrm.Sdk.Web;

/// <summary>The shop of the current request, resolved by the host from the <c>{shop}</c> route value.</summary>
/// <param name="ShopId">The shop's id.</param>
/// <param name="Slug">The shop's slug, as in URLs.</param>
/// <param name="Name">The shop's display name.</param>
/// <param name="Culture">The shop's culture name, <c>fr-FR</c> by default.</param>
public sealed record ShopContext(long ShopId, string Slug, string Name, string Culture);
