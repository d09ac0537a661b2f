using ModularCrm.Sdk.Web;

namespace ModularCrm.Host.Shops;

/// <summary>A tenant: every business row belongs to exactly one shop.</summary>
internal sealed record Shop(long Id, string Slug, string Name, string Culture, string TimeZone)
{
    /// <summary>What modules are told about the shop they serve.</summary>
    public ShopContext ToContext() => new(Id, Slug, Name, Culture);
}
