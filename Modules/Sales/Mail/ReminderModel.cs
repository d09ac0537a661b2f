namespace ModularCrm.Modules.Sales.Mail;

/// <summary>A reminder step as its template sees it: which step (1 = first) and how late the invoice is.</summary>
internal sealed record ReminderModel(int Step, int DaysOverdue);
