using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>A voucher or gift as the pages list it, with a link to use it while it is available.</summary>
internal sealed record RewardRow(string Code, string Label, string Value, string Status, string Expires, string? RedeemHref)
{
    public static RewardRow Of(PageKit kit, RewardView r)
    {
        var used = PageKit.Date(r.RedeemedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : null);
        var value = r.Kind switch
        {
            RewardKinds.Amount => $"{kit.Number(r.Value)} €",
            RewardKinds.Percent => $"{kit.Number(r.Value)} %",
            _ => kit.T("cadeau", "gift"),
        };
        var status = r.Status switch
        {
            "available" => kit.T("à utiliser", "available"),
            "redeemed" => kit.T($"utilisé le {used}", $"used on {used}"),
            _ => kit.T("expiré", "expired"),
        };
        return new RewardRow(r.Code, r.Label, value, status, PageKit.Date(r.ExpiresOn), r.Status == "available" && kit.Base.Length > 0 ? $"{kit.Base}/redeem?code={Uri.EscapeDataString(r.Code)}" : null);
    }
}
