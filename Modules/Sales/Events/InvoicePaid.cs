namespace ModularCrm.Modules.Sales.Events;

/// <summary><c>sales.invoice.paid</c>: nothing is due any more on an invoice (published once, with the payment that settled it).</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="Number">Its number.</param>
/// <param name="ContactId">The customer.</param>
/// <param name="TotalInclVat">Total TTC.</param>
/// <param name="PaidOn">Date of the settling payment.</param>
public sealed record InvoicePaid(Guid InvoiceId, string Number, long ContactId, decimal TotalInclVat, DateOnly PaidOn)
{
    /// <summary>The event name.</summary>
    public const string Name = "sales.invoice.paid";
}
