namespace ModularCrm.Modules.Sales.Api;

/// <summary>A reminder step recorded as sent on an invoice (1-based), on a date (today when absent).</summary>
internal sealed record ReminderInput(int Step, DateOnly? Date);
