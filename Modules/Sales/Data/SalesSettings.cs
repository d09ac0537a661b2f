using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Modules.Sales.Domain.Legal;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>
/// A shop's sales settings (<c>sales_settings</c>): the legal mentions printed on documents, the default payment
/// terms and the reminder steps. A shop that never saved them has no legal identity yet (<see cref="Mentions"/> null).
/// </summary>
internal sealed record SalesSettings(
    string? LegalName, string? Address, string? Siret, string? VatNumber, PaymentTerms PaymentTerms, decimal LatePenaltyRatePercent,
    string? VatExemptionMention, IReadOnlyList<int> ReminderSteps)
{
    /// <summary>What a shop has before saving its settings: 30 days net, 3 × the legal rate rounded up (10 %), reminders at +7, +15, +30.</summary>
    public static SalesSettings Default { get; } = new(null, null, null, null, PaymentTerms.NetDays(30), 10m, null, [7, 15, 30]);

    /// <summary>The mentions to print, or null while the legal identity is not configured.</summary>
    public LegalMentions? Mentions => LegalName is null ? null : LegalMentions.Create(LegalName, Address, Siret, VatNumber, PaymentTerms, LatePenaltyRatePercent, customerIsBusiness: true, VatExemptionMention);
}
