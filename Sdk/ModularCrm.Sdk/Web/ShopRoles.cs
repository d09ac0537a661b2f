namespace ModularCrm.Sdk.Web;

/// <summary>
/// The roles a user holds in the shop of the current request. On every shop endpoint (API and pages, not public ones)
/// the host adds the user's role to the request's principal as a role claim, so a module checks it with
/// <c>user.IsInRole(ShopRoles.Admin)</c>; a shop admin also holds <see cref="Staff"/>.
/// </summary>
public static class ShopRoles
{
    /// <summary>Daily work: contacts, documents, messages.</summary>
    public const string Staff = "shop-staff";

    /// <summary>Staff rights plus the shop's modules, users, settings and templates (a platform admin is one in every shop).</summary>
    public const string Admin = "shop-admin";
}
