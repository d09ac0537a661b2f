namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>One recorded purchase (validated invoice, TTC) as the sanity check and statistics read it.</summary>
internal sealed record Purchase(long ContactId, DateOnly Date, decimal Amount);
