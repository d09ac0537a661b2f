namespace ModularCrm.Modules.Loyalty.Events;

/// <summary>The fields loyalty reads of <c>sales.invoice.validated</c> (the sales module's <c>InvoiceValidated</c>).</summary>
internal sealed record InvoiceValidatedPayload(Guid InvoiceId, long ContactId, DateOnly Date, decimal TotalInclVat)
{
    public const string Name = "sales.invoice.validated";
}
