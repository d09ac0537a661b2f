using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Mail;

namespace ModularCrm.Modules.Sales.Mail;

/// <summary>A document's message, rendered and with its PDF, ready to be queued in the transaction that causes it.</summary>
internal sealed record PreparedMail(IMailOutbox Outbox, IAudience Audience, AudienceMember Recipient, MailRequest Request, string DocumentType, Guid DocumentId);
