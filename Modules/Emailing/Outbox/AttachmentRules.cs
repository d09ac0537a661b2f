namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>
/// What a file must be to travel with a message, for <c>/documents/send</c> and <c>IMailOutbox</c> alike: a bare file
/// name (no path, no line break that could forge a MIME header) and at most 10 MB of content.
/// </summary>
internal static class AttachmentRules
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>Why <paramref name="fileName"/> cannot be used, or null when it can.</summary>
    public static string? FileNameProblem(string? fileName) =>
        string.IsNullOrWhiteSpace(fileName) || fileName.Length > 200 || fileName.IndexOfAny(['/', '\\', '\r', '\n']) >= 0
            ? "Nom de fichier obligatoire, sans chemin, 200 caractères au plus."
            : null;

    /// <summary>Why <paramref name="content"/> cannot be attached, or null when it can.</summary>
    public static string? ContentProblem(byte[]? content) =>
        content is null or { Length: 0 or > MaxBytes } ? "Fichier vide ou de plus de 10 Mo." : null;

    /// <summary>The attachment as the outbox stores it; the media type defaults to bytes.</summary>
    public static MailAttachment Of(string fileName, string? contentType, byte[] content) =>
        new(fileName, string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType, content);
}
