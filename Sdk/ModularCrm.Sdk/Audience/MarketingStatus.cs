namespace ModularCrm.Sdk.Audience;

/// <summary>Whether a contact may lawfully receive marketing on a channel (RGPD, CPCE art. L34-5).</summary>
public enum MarketingStatus
{
    /// <summary>No consent recorded and not a customer: marketing is not allowed.</summary>
    NoConsent,

    /// <summary>The contact gave consent for the channel and has not withdrawn it.</summary>
    ConsentGiven,

    /// <summary>
    /// No consent recorded, but an existing customer: eligible to the soft opt-in (offers for similar products, with the
    /// right to refuse in every message). The sending module decides, per campaign, whether it uses this basis.
    /// </summary>
    SoftOptInCustomer,

    /// <summary>The contact withdrew consent for the channel (opted out): never send marketing.</summary>
    Withdrawn,
}
