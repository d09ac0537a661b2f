namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>One movement of a card in a program: positive units earned (with their expiry), negative units taken back or converted.</summary>
internal sealed record LedgerEntry(DateOnly OccurredOn, decimal Units, DateOnly? ExpiresOn);
