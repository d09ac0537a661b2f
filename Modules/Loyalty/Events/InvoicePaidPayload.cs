namespace ModularCrm.Modules.Loyalty.Events;

/// <summary>The fields loyalty reads of <c>sales.invoice.paid</c> (the sales module's <c>InvoicePaid</c>).</summary>
internal sealed record InvoicePaidPayload(Guid InvoiceId, long ContactId, decimal TotalInclVat, DateOnly PaidOn)
{
    public const string Name = "sales.invoice.paid";
}
