using ModularCrm.Modules.Loyalty.Data;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>A voucher or gift as shown; <c>Status</c> is available, redeemed or expired on the day asked.</summary>
internal sealed record RewardView(
    string Code, string Kind, decimal Value, string Label, DateOnly IssuedOn, DateOnly? ExpiresOn, string Status, DateTimeOffset? RedeemedAt, string? RedeemedDocument)
{
    public static RewardView From(RewardRecord r, DateOnly today)
    {
        var expires = SqlValues.ReadDateOrNull(r.ExpiresOn);
        var status = r.RedeemedAt is not null ? "redeemed" : expires is { } e && e < today ? "expired" : "available";
        return new RewardView(r.Code, r.Kind, SqlValues.Money(r.Value), r.Label, SqlValues.ReadDate(r.IssuedOn), expires, status, r.RedeemedAt, r.RedeemedDocument);
    }
}
