namespace ModularCrm.Modules.Sales.Events;

/// <summary><c>sales.payment.received</c>: a payment was recorded on a validated invoice.</summary>
/// <param name="PaymentId">The payment.</param>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="InvoiceNumber">The invoice's number.</param>
/// <param name="ContactId">The customer.</param>
/// <param name="Date">Payment date.</param>
/// <param name="Amount">Amount received (TTC).</param>
/// <param name="Method">Card, Cash, Cheque or Transfer.</param>
/// <param name="AmountDue">What is still due on the invoice after this payment.</param>
public sealed record PaymentReceived(Guid PaymentId, Guid InvoiceId, string InvoiceNumber, long ContactId, DateOnly Date, decimal Amount, string Method, decimal AmountDue)
{
    /// <summary>The event name.</summary>
    public const string Name = "sales.payment.received";
}
