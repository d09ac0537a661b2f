namespace ModularCrm.Sdk.Mail;

/// <summary>A file attached to a <see cref="MailRequest"/>, for example a sales document's PDF.</summary>
/// <param name="FileName">The file's name as the recipient sees it, without a path (at most 200 characters).</param>
/// <param name="ContentType">The media type, for example <c>application/pdf</c>.</param>
/// <param name="Content">The file's bytes (at most 10 MB).</param>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);
