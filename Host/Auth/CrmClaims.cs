namespace ModularCrm.Host.Auth;

/// <summary>Claim types the host puts on a signed-in principal.</summary>
internal static class CrmClaims
{
    public const string UserId = "crm:user";
    public const string PlatformAdmin = "crm:platform-admin";

    /// <summary>The user's interface culture (<c>fr-FR</c>, <c>en-GB</c>) on a browser sign-in; reissued when the user changes it.</summary>
    public const string Culture = "crm:culture";

    /// <summary>Set only for API tokens: the one shop the token may act on.</summary>
    public const string TokenShop = "crm:token-shop";
}
