using System.Globalization;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>The program form as posted (names as in the API's JSON); every value is text until <see cref="ToInput"/>.</summary>
internal sealed record ProgramForm
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string? Name { get; init; }

    public string? Kind { get; init; }

    public string? EarnOn { get; init; }

    public string? ValidFrom { get; init; }

    public string? ValidUntil { get; init; }

    public string? ExpiryDays { get; init; }

    public string? PointsPerEuro { get; init; }

    public string? Threshold { get; init; }

    public string? RewardKind { get; init; }

    public string? RewardValue { get; init; }

    public string? RewardLabel { get; init; }

    public string? VoucherValidityDays { get; init; }

    /// <summary><c>on</c> when the box is ticked; a form without it means no.</summary>
    public string? AutoIssueCards { get; init; }

    public string? Active { get; init; }

    public string? SendMessages { get; init; }

    public static ProgramForm From(LoyaltyProgram p) => new()
    {
        Name = p.Name,
        Kind = p.Kind,
        EarnOn = p.EarnOn,
        ValidFrom = p.ValidFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ValidUntil = p.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExpiryDays = p.ExpiryDays?.ToString(CultureInfo.InvariantCulture),
        PointsPerEuro = p.PointsPerEuro?.ToString("0.####", French),
        Threshold = p.Threshold.ToString("0.##", French),
        RewardKind = p.RewardKind,
        RewardValue = p.RewardKind == RewardKinds.Gift ? null : p.RewardValue.ToString("0.##", French),
        RewardLabel = p.RewardLabel,
        VoucherValidityDays = p.VoucherValidityDays?.ToString(CultureInfo.InvariantCulture),
        AutoIssueCards = p.AutoIssueCards ? "on" : null,
        Active = p.Active ? "on" : null,
        SendMessages = p.SendMessages ? "on" : null,
    };

    /// <summary>The API's input; numbers that do not read are reported in <paramref name="errors"/> and left out.</summary>
    public ProgramInput ToInput(InputErrors errors) => new(
        Name,
        Kind,
        EarnOn,
        ValidFrom,
        ValidUntil,
        FormNumbers.Integer(ExpiryDays, "expiryDays", errors),
        Kind == ProgramKinds.Points ? FormNumbers.Decimal(PointsPerEuro, "pointsPerEuro", errors) : null,
        FormNumbers.Decimal(Threshold, "threshold", errors),
        RewardKind,
        FormNumbers.Decimal(RewardValue, "rewardValue", errors),
        RewardLabel,
        FormNumbers.Integer(VoucherValidityDays, "voucherValidityDays", errors),
        AutoIssueCards == "on",
        Active == "on",
        SendMessages == "on");
}
