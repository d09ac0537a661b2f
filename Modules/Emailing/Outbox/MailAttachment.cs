namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>A file attached to a message (a PDF document…), stored with the message in the outbox.</summary>
internal sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
