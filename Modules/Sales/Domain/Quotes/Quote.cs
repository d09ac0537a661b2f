using ModularCrm.Modules.Sales.Domain.Common;
using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Domain.Quotes;

/// <summary>
/// A quote (devis). State machine: Draft → Validated (numbered) → Accepted | Refused | Expired; an accepted quote
/// becomes at most one order (<see cref="Orders.SalesOrder.FromQuote"/>). Every refused transition throws a
/// <see cref="SalesDomainException"/> and leaves the quote unchanged.
/// </summary>
public sealed class Quote
{
    private Quote(Guid id, long shopId, long customerId, QuoteStatus status, string? number, DateOnly? date, DateOnly? validUntil, IReadOnlyList<DocumentLine> lines, Guid? orderId)
    {
        Id = id;
        ShopId = shopId;
        CustomerId = customerId;
        Status = status;
        Number = number;
        Date = date;
        ValidUntil = validUntil;
        Lines = lines;
        OrderId = orderId;
    }

    /// <summary>The quote's id.</summary>
    public Guid Id { get; }

    /// <summary>The shop.</summary>
    public long ShopId { get; }

    /// <summary>The customer (a contact of the contacts module).</summary>
    public long CustomerId { get; }

    /// <summary>Current status.</summary>
    public QuoteStatus Status { get; private set; }

    /// <summary>The number given at validation; null for a draft.</summary>
    public string? Number { get; private set; }

    /// <summary>Date of validation (the quote's date); null for a draft.</summary>
    public DateOnly? Date { get; private set; }

    /// <summary>Last day the customer may accept; null for a draft.</summary>
    public DateOnly? ValidUntil { get; private set; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<DocumentLine> Lines { get; private set; }

    /// <summary>The order made from this quote, once accepted and converted.</summary>
    public Guid? OrderId { get; private set; }

    /// <summary>Totals of the lines.</summary>
    public DocumentTotals Totals => TotalsCalculator.Compute(Lines);

    /// <summary>A new draft quote.</summary>
    public static Quote Create(long shopId, long customerId, IEnumerable<DocumentLine> lines)
        => new(Guid.NewGuid(), shopId, customerId, QuoteStatus.Draft, null, null, null, DraftLines.Copy(lines), null);

    /// <summary>Rebuilds a stored quote as it was saved (persistence only: no transition is checked).</summary>
    public static Quote Restore(Guid id, long shopId, long customerId, QuoteStatus status, string? number, DateOnly? date, DateOnly? validUntil, IEnumerable<DocumentLine> lines, Guid? orderId)
        => new(id, shopId, customerId, status, number, date, validUntil, DraftLines.Copy(lines), orderId);

    /// <summary>Replaces the lines of a draft.</summary>
    public void ReplaceLines(IEnumerable<DocumentLine> lines)
    {
        RequireStatus(QuoteStatus.Draft, "modifier ses lignes");
        Lines = DraftLines.Copy(lines);
    }

    /// <summary>Validates the draft: gives it its number, its date and its validity date (on or after the date).</summary>
    public void Validate(string number, DateOnly date, DateOnly validUntil)
    {
        RequireStatus(QuoteStatus.Draft, "le valider");
        DraftLines.RequireSome(Lines, SalesErrorCodes.QuoteNoLines, "Le devis");
        DraftLines.RequireNumber(number);
        if (validUntil < date)
        {
            throw SalesDomainException.Of(SalesErrorCodes.QuoteValidityInvalid, "validUntil", $"La date de validité {Fr.Date(validUntil)} précède la date du devis {Fr.Date(date)}.");
        }

        Number = number.Trim();
        Date = date;
        ValidUntil = validUntil;
        Status = QuoteStatus.Validated;
    }

    /// <summary>True when the quote is validated and <paramref name="today"/> is after its validity date.</summary>
    public bool IsPastValidity(DateOnly today) => Status == QuoteStatus.Validated && today > ValidUntil;

    /// <summary>The customer accepts the quote; refused once the validity date has passed.</summary>
    public void Accept(DateOnly today)
    {
        RequireStatus(QuoteStatus.Validated, "l'accepter");
        if (IsPastValidity(today))
        {
            throw SalesDomainException.Of(SalesErrorCodes.QuoteExpired, null, $"Le devis {Number} n'était valable que jusqu'au {Fr.Date(ValidUntil!.Value)} : il ne peut plus être accepté. Établissez un nouveau devis.");
        }

        Status = QuoteStatus.Accepted;
    }

    /// <summary>The customer refuses the quote.</summary>
    public void Refuse()
    {
        RequireStatus(QuoteStatus.Validated, "le refuser");
        Status = QuoteStatus.Refused;
    }

    /// <summary>Marks the quote expired; only once its validity date has passed.</summary>
    public void Expire(DateOnly today)
    {
        RequireStatus(QuoteStatus.Validated, "le déclarer expiré");
        if (!IsPastValidity(today))
        {
            throw SalesDomainException.Of(SalesErrorCodes.QuoteNotExpired, null, $"Le devis {Number} est valable jusqu'au {Fr.Date(ValidUntil!.Value)} : il n'est pas encore expiré.");
        }

        Status = QuoteStatus.Expired;
    }

    /// <summary>Throws unless the quote can become an order (accepted and not yet converted).</summary>
    internal void EnsureConvertible()
    {
        RequireStatus(QuoteStatus.Accepted, "le transformer en commande");
        if (OrderId is not null)
        {
            throw SalesDomainException.Of(SalesErrorCodes.QuoteAlreadyConverted, null, $"Le devis {Number} a déjà été transformé en commande.");
        }
    }

    internal void MarkConverted(Guid orderId) => OrderId = orderId;

    private void RequireStatus(QuoteStatus expected, string action)
    {
        if (Status != expected)
        {
            throw SalesDomainException.Of(
                SalesErrorCodes.QuoteInvalidTransition,
                "status",
                $"Le devis {Number ?? "brouillon"} est {FrenchLabels.Of(Status)} : impossible de {action} (il faut un devis {FrenchLabels.Of(expected)}).");
        }
    }
}
