using System.Globalization;
using ModularCrm.Modules.Sales.Domain.Invoices;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Sales.Data;

/// <summary>Reads and writes the shop's <see cref="SalesSettings"/> (one row of <c>sales_settings</c>).</summary>
internal static class SettingsStore
{
    public static async Task<SalesSettings> ReadAsync(IShopSql db, CancellationToken ct)
    {
        var row = await db.QueryFirstOrDefaultAsync<SettingsRow>(
            """
            SELECT legal_name AS LegalName, address AS Address, siret AS Siret, vat_number AS VatNumber, payment_terms_kind AS PaymentTermsKind,
                   payment_terms_days AS PaymentTermsDays, late_penalty_rate AS LatePenaltyRate, vat_exemption_mention AS VatExemptionMention,
                   reminder_steps AS ReminderSteps
            FROM sales_settings WHERE shop_id = @shop
            """,
            null,
            ct);
        return row is null
            ? SalesSettings.Default
            : new SalesSettings(
                row.LegalName, row.Address, row.Siret, row.VatNumber,
                PaymentTerms.Create(Enum.Parse<PaymentTermsKind>(row.PaymentTermsKind), row.PaymentTermsDays),
                SqlNumbers.Decimal(row.LatePenaltyRate), row.VatExemptionMention,
                row.ReminderSteps.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList());
    }

    public static Task WriteAsync(IShopSql db, SalesSettings settings, CancellationToken ct) =>
        db.ExecuteAsync(
            db.Dialect.Upsert(
                "sales_settings",
                ["shop_id"],
                ["legal_name", "address", "siret", "vat_number", "payment_terms_kind", "payment_terms_days", "late_penalty_rate", "vat_exemption_mention", "reminder_steps"]),
            new
            {
                legal_name = settings.LegalName,
                address = settings.Address,
                siret = settings.Siret,
                vat_number = settings.VatNumber,
                payment_terms_kind = settings.PaymentTerms.Kind.ToString(),
                payment_terms_days = settings.PaymentTerms.Days,
                late_penalty_rate = settings.LatePenaltyRatePercent,
                vat_exemption_mention = settings.VatExemptionMention,
                reminder_steps = string.Join(',', settings.ReminderSteps.Select(s => s.ToString(CultureInfo.InvariantCulture))),
            },
            ct);
}
