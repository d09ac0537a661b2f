namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>One sale of a meeting; <c>InvoiceRef</c> is the invoice's id, or <c>manual:…</c> for a sale without one.</summary>
internal sealed record MeetingSaleView(string InvoiceRef, string? Label, decimal Amount);
