namespace ModularCrm.Modules.Emailing.Transactional;

/// <summary>
/// A sales document to e-mail to a contact: <c>Kind</c> is quote, invoice or reminder; the message comes from the
/// module's templates <c>documents/document.subject.txt</c>, <c>.html</c> and <c>.txt</c> (overridable per shop).
/// </summary>
public sealed record DocumentMailInput(long? ContactId, string? Kind, string? Number, decimal? Total, string? DueOn, string? Note, AttachmentInput? Attachment);
