namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>A ledger movement to write.</summary>
internal sealed record NewMovement(
    long CardId, long ProgramId, string Kind, decimal Units, decimal Amount, Guid? InvoiceId, long? RewardId, DateOnly OccurredOn, DateOnly? ExpiresOn);
