namespace ModularCrm.Modules.Blog.Content;

/// <summary>What a cover image really is, from its first bytes (never from the name or the declared type).</summary>
internal static class CoverImages
{
    /// <summary>The extension and content type of a JPEG, PNG or WebP image, or null for anything else.</summary>
    public static (string Extension, string ContentType)? Detect(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return ("jpg", "image/jpeg");
        }

        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return ("png", "image/png");
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return ("webp", "image/webp");
        }

        return null;
    }

    /// <summary>The content type of a stored file, from the extension this module gave it.</summary>
    public static string? ContentTypeOf(string file) => Path.GetExtension(file) switch
    {
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        ".webp" => "image/webp",
        _ => null,
    };
}
