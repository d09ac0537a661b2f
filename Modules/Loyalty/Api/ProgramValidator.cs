using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>Checks a <see cref="ProgramInput"/> field by field and builds the program when all is well.</summary>
internal static class ProgramValidator
{
    public static LoyaltyProgram? Validate(ProgramInput input, long id, InputErrors errors)
    {
        var name = errors.Text(input.Name, "name", 200, required: true);
        var kind = errors.OneOf(input.Kind, "kind", ProgramKinds.All);
        var earnOn = errors.OneOf(input.EarnOn, "earnOn", EarnTriggers.All, EarnTriggers.Validated);
        var from = errors.Date(input.ValidFrom, "validFrom");
        var until = errors.Date(input.ValidUntil, "validUntil");
        if (from is { } f && until is { } u && u < f)
        {
            errors.Add("validUntil", $"La fin ({u:yyyy-MM-dd}) précède le début ({f:yyyy-MM-dd}).");
        }

        errors.Days(input.ExpiryDays, "expiryDays");
        errors.Days(input.VoucherValidityDays, "voucherValidityDays");
        CheckRate(input, kind, errors);
        CheckThreshold(input.Threshold, kind, errors);
        var rewardKind = errors.OneOf(input.RewardKind, "rewardKind", RewardKinds.All);
        var label = errors.Text(input.RewardLabel, "rewardLabel", 200, required: rewardKind == RewardKinds.Gift);
        var value = rewardKind == RewardKinds.Gift ? 0 : input.RewardValue ?? 0;
        if (rewardKind == RewardKinds.Amount && (value <= 0 || value > 100_000))
        {
            errors.Add("rewardValue", $"Le montant du bon doit être compris entre 0,01 et 100 000 € (reçu {input.RewardValue?.ToString() ?? "rien"}).");
        }
        else if (rewardKind == RewardKinds.Percent && (value <= 0 || value > 100))
        {
            errors.Add("rewardValue", $"Le pourcentage doit être compris entre 0 et 100 (reçu {input.RewardValue?.ToString() ?? "rien"}).");
        }

        return errors.Any
            ? null
            : new LoyaltyProgram(
                id, name!, kind!, earnOn!, from, until, input.ExpiryDays, kind == ProgramKinds.Points ? input.PointsPerEuro : null,
                input.Threshold!.Value, rewardKind!, value, label, input.VoucherValidityDays, input.AutoIssueCards ?? false, input.Active ?? true)
            {
                SendMessages = input.SendMessages ?? false,
            };
    }

    private static void CheckRate(ProgramInput input, string? kind, InputErrors errors)
    {
        if (kind == ProgramKinds.Points && (input.PointsPerEuro is not { } rate || rate <= 0 || rate > 1000))
        {
            errors.Add("pointsPerEuro", "Un programme à points a besoin d'un nombre de points par euro entre 0 et 1000 (0,05 = 1 point pour 20 €).");
        }
        else if (kind is not null && kind != ProgramKinds.Points && input.PointsPerEuro is not null)
        {
            errors.Add("pointsPerEuro", $"Sans objet pour un programme « {kind} ».");
        }
    }

    private static void CheckThreshold(decimal? threshold, string? kind, InputErrors errors)
    {
        if (threshold is not { } t || t <= 0 || t > 1_000_000)
        {
            errors.Add("threshold", "Le seuil doit être un nombre positif (points, euros ou achats selon le programme).");
        }
        else if (kind == ProgramKinds.Stamps && (t != Math.Floor(t) || t < 2))
        {
            errors.Add("threshold", $"Une carte à tampons récompense tous les N achats : N entier, au moins 2 (reçu {t}).");
        }
    }
}
