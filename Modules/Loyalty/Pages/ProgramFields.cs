using ModularCrm.Modules.Loyalty.Rules;

namespace ModularCrm.Modules.Loyalty.Pages;

/// <summary>The program form's fields, labelled in the user's language, each with its error.</summary>
internal static class ProgramFields
{
    public static IReadOnlyList<FormField> Of(PageKit kit, ProgramForm form, IReadOnlyDictionary<string, string[]> errors)
    {
        FormField Field(string name, string fr, string en, string? value, string type = "text", string? hintFr = null, string? hintEn = null) =>
            new(name, kit.T(fr, en), value, PageKit.Error(errors, name), type, hintFr is null ? null : kit.T(hintFr, hintEn!));

        FieldOption Option(string value, string fr, string en, string? current) => new(value, kit.T(fr, en), value == current);

        return
        [
            Field("name", "Nom du programme", "Program name", form.Name),
            Field("kind", "Type", "Kind", form.Kind, "select") with
            {
                Options =
                [
                    Option(ProgramKinds.Points, "Points (N points par euro)", "Points (N points per euro)", form.Kind),
                    Option(ProgramKinds.Amount, "Montant dépensé", "Amount spent", form.Kind),
                    Option(ProgramKinds.Stamps, "Carte à tampons (un tampon par achat)", "Stamp card (one stamp per purchase)", form.Kind),
                ],
            },
            Field("pointsPerEuro", "Points par euro (programme à points)", "Points per euro (points programs)", form.PointsPerEuro, hintFr: "0,05 = 1 point pour 20 €", hintEn: "0.05 = 1 point per 20 €"),
            Field("threshold", "Seuil d'une récompense (points, euros ou achats)", "Threshold of a reward (points, euros or purchases)", form.Threshold),
            Field("rewardKind", "Récompense", "Reward", form.RewardKind, "select") with
            {
                Options =
                [
                    Option(RewardKinds.Amount, "Bon d'un montant (€)", "Voucher of an amount (€)", form.RewardKind),
                    Option(RewardKinds.Percent, "Bon en pourcentage (%)", "Percentage voucher (%)", form.RewardKind),
                    Option(RewardKinds.Gift, "Cadeau", "Gift", form.RewardKind),
                ],
            },
            Field("rewardValue", "Valeur du bon (€ ou %)", "Voucher value (€ or %)", form.RewardValue),
            Field("rewardLabel", "Libellé (obligatoire pour un cadeau)", "Label (required for a gift)", form.RewardLabel),
            Field("voucherValidityDays", "Validité des bons (jours)", "Voucher validity (days)", form.VoucherValidityDays, "number"),
            Field("earnOn", "Cumul à", "Earn when", form.EarnOn, "select") with
            {
                Options =
                [
                    Option(EarnTriggers.Validated, "la validation de la facture", "the invoice is validated", form.EarnOn),
                    Option(EarnTriggers.Paid, "son paiement", "the invoice is paid", form.EarnOn),
                ],
            },
            Field("validFrom", "Valable à partir du", "Valid from", form.ValidFrom, "date"),
            Field("validUntil", "Valable jusqu'au", "Valid until", form.ValidUntil, "date"),
            Field("expiryDays", "Expiration des points (jours après l'achat)", "Units expire (days after the purchase)", form.ExpiryDays, "number"),
            Field("autoIssueCards", "Émettre la carte au premier achat", "Issue the card on the first purchase", form.AutoIssueCards, "checkbox"),
            Field("active", "Actif", "Active", form.Active, "checkbox"),
            Field(
                "sendMessages",
                "Messages d'anniversaire et de récompense (e-mail et SMS selon les modules activés et le consentement du client)",
                "Birthday and reward messages (e-mail and SMS, as the enabled modules and the customer's consent allow)",
                form.SendMessages,
                "checkbox"),
        ];
    }
}
