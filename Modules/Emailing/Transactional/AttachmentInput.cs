namespace ModularCrm.Modules.Emailing.Transactional;

/// <summary>A file to attach, its content in base64.</summary>
public sealed record AttachmentInput(string? FileName, string? ContentType, string? ContentBase64);
