namespace ModularCrm.Modules.Sales.Api;

/// <summary>A credit note draft: <see cref="Full"/> credits everything still creditable, otherwise <see cref="Lines"/>.</summary>
internal sealed record CreditNoteInput(bool? Full, IReadOnlyList<LineInput>? Lines, string? Reason);
