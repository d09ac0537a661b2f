namespace ModularCrm.Modules.Sales.Api;

/// <summary>A reminder step due on an overdue invoice, as <c>GET /invoices/reminders</c> answers it.</summary>
internal sealed record ReminderDueView(InvoiceView Invoice, int Step, int StepDaysAfterDue, int DaysOverdue, IReadOnlyList<int> SentSteps);
