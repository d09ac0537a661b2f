namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// An invoice of an order: <see cref="Scope"/> <c>AllOrdered</c> (default) or <c>DeliveredNotInvoiced</c>, or the chosen
/// <see cref="DeliveryNoteIds"/>; validated deposits not yet deducted are deducted unless <see cref="DeductDeposits"/> is false.
/// </summary>
internal sealed record OrderInvoiceInput(string? Scope, IReadOnlyList<Guid>? DeliveryNoteIds, bool? DeductDeposits);
