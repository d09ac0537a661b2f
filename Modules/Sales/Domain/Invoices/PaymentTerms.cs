using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Domain.Invoices;

/// <summary>
/// Payment terms (conditions de règlement), set per shop and optionally overridden per customer. The limits of
/// Code de commerce art. L441-10 are enforced: at most 60 days net, or 45 days end of month.
/// </summary>
public sealed record PaymentTerms
{
    /// <summary>Legal maximum for net days.</summary>
    public const int MaxNetDays = 60;

    /// <summary>Legal maximum for days end of month.</summary>
    public const int MaxDaysEndOfMonth = 45;

    private PaymentTerms(PaymentTermsKind kind, int days)
    {
        Kind = kind;
        Days = days;
    }

    /// <summary>The kind of terms.</summary>
    public PaymentTermsKind Kind { get; }

    /// <summary>Number of days (0 for on receipt).</summary>
    public int Days { get; }

    /// <summary>Due on receipt.</summary>
    public static PaymentTerms OnReceipt { get; } = new(PaymentTermsKind.OnReceipt, 0);

    /// <summary>Due <paramref name="days"/> days after the invoice date (1 to 60).</summary>
    public static PaymentTerms NetDays(int days) => Create(PaymentTermsKind.NetDays, days);

    /// <summary>Due at the end of the month of (invoice date + <paramref name="days"/>) (1 to 45).</summary>
    public static PaymentTerms DaysEndOfMonth(int days) => Create(PaymentTermsKind.DaysEndOfMonth, days);

    /// <summary>Builds terms from stored values (kind and days), validating them.</summary>
    public static PaymentTerms Create(PaymentTermsKind kind, int days)
    {
        if (kind == PaymentTermsKind.OnReceipt)
        {
            return OnReceipt;
        }

        var max = kind == PaymentTermsKind.NetDays ? MaxNetDays : MaxDaysEndOfMonth;
        if (days < 1 || days > max)
        {
            throw SalesDomainException.Of(
                SalesErrorCodes.PaymentTermsInvalid,
                "paymentTerms.days",
                $"Délai de paiement de {days} jours refusé : entre 1 et {max} jours {(kind == PaymentTermsKind.NetDays ? "net" : "fin de mois")} (Code de commerce, art. L441-10).");
        }

        return new PaymentTerms(kind, days);
    }

    /// <summary>The customer's terms when set, otherwise the shop's.</summary>
    public static PaymentTerms Resolve(PaymentTerms? customerTerms, PaymentTerms shopTerms) => customerTerms ?? shopTerms;

    /// <summary>
    /// The due date of an invoice dated <paramref name="invoiceDate"/>. "45 jours fin de mois" is computed as
    /// date + 45 days, then end of that month (the reading the DGCCRF accepts; the other reading, end of month
    /// then + 45 days, can exceed the legal limit).
    /// </summary>
    public DateOnly DueDate(DateOnly invoiceDate) => Kind switch
    {
        PaymentTermsKind.OnReceipt => invoiceDate,
        PaymentTermsKind.NetDays => invoiceDate.AddDays(Days),
        _ => EndOfMonth(invoiceDate.AddDays(Days)),
    };

    /// <summary>The French wording printed on invoices.</summary>
    public string Label => Kind switch
    {
        PaymentTermsKind.OnReceipt => "Paiement à réception de facture",
        PaymentTermsKind.NetDays => $"Paiement à {Days} jours net",
        _ => $"Paiement à {Days} jours fin de mois",
    };

    private static DateOnly EndOfMonth(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));
}
