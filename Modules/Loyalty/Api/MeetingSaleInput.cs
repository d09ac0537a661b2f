namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>A sale made at a meeting: the sales invoice it was billed on (optional) and its amount TTC.</summary>
internal sealed record MeetingSaleInput(Guid? InvoiceId, decimal? AmountInclVat, string? Label);
