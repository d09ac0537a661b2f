namespace ModularCrm.Host.Auth;

/// <summary>Claim types the host puts on a signed-in principal.</summary>
internal static class CrmClaims
{
    public const string UserId = "crm:user";
    public const string PlatformAdmin = "crm:platform-admin";

    /// <summary>Set only for API tokens: the one shop the token may act on.</summary>
    public const string TokenShop = "crm:token-shop";
}
