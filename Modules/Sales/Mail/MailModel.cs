using ModularCrm.Modules.Sales.Rendering;

namespace ModularCrm.Modules.Sales.Mail;

/// <summary>
/// What the mail templates (<c>mail/document.*</c>, <c>mail/reminder.*</c>) see: <c>customer_name</c>, <c>shop_name</c>,
/// <c>document</c> (the same model as the printed document: <c>title</c>, <c>number</c>, <c>amount_due</c>, <c>due_on</c>…)
/// and, for a reminder, <c>reminder</c> (<c>step</c>, <c>days_overdue</c>).
/// </summary>
internal sealed record MailModel(string CustomerName, string ShopName, DocumentModel Document, ReminderModel? Reminder);
