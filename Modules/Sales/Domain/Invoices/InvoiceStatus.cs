namespace ModularCrm.Modules.Sales.Domain.Invoices;

/// <summary>
/// Where an invoice is in its life: Draft (editable, deletable) → validated, then Unpaid / PartiallyPaid / Paid
/// following payments and credit notes. Overdue is not a status but a question asked with a date
/// (<see cref="Invoice.IsOverdue"/>), so it never needs a nightly job to stay true.
/// </summary>
public enum InvoiceStatus
{
    /// <summary>Brouillon: editable, not numbered, may be deleted.</summary>
    Draft,

    /// <summary>Validated, nothing paid.</summary>
    Unpaid,

    /// <summary>Validated, partly paid.</summary>
    PartiallyPaid,

    /// <summary>Validated, nothing left due (paid and/or credited).</summary>
    Paid,
}
