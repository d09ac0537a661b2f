namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_settings</c> (the rate as an object, see <see cref="SqlNumbers"/>).</summary>
internal sealed class SettingsRow
{
    public string? LegalName { get; set; }

    public string? Address { get; set; }

    public string? Siret { get; set; }

    public string? VatNumber { get; set; }

    public string PaymentTermsKind { get; set; } = string.Empty;

    public int PaymentTermsDays { get; set; }

    public object LatePenaltyRate { get; set; } = 0m;

    public string? VatExemptionMention { get; set; }

    public string ReminderSteps { get; set; } = string.Empty;
}
