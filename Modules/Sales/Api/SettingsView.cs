using ModularCrm.Modules.Sales.Data;
using ModularCrm.Modules.Sales.Domain.Legal;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>The shop's sales settings as the API returns them, with the mentions as they will be printed.</summary>
internal sealed record SettingsView(
    string? LegalName, string? Address, string? Siret, string? Siren, string? VatNumber, string PaymentTerms, int PaymentDays, string PaymentTermsLabel,
    decimal LatePenaltyRatePercent, decimal RecoveryIndemnity, string? VatExemptionMention, IReadOnlyList<int> ReminderSteps, IReadOnlyList<string> PrintedMentions)
{
    public static SettingsView From(SalesSettings s)
    {
        var mentions = s.Mentions;
        return new SettingsView(
            s.LegalName, s.Address, mentions?.Siret.ToString(), mentions?.Siret.Siren.ToString(), mentions?.VatNumber?.ToString(), s.PaymentTerms.Kind.ToString(),
            s.PaymentTerms.Days, s.PaymentTerms.Label, s.LatePenaltyRatePercent, LegalMentions.RecoveryIndemnity, s.VatExemptionMention, s.ReminderSteps,
            mentions?.ToPrintedLines() ?? []);
    }
}
