using System.Text.RegularExpressions;

namespace ModularCrm.Modules.Blog.Content;

/// <summary>
/// Cover images on disk: <c>{MediaDirectory}/{shopId}/{random}.{ext}</c>. Names are made here and checked against
/// <see cref="FileName"/> before any read, so a request can never reach outside the shop's folder.
/// </summary>
internal sealed partial class MediaStore(BlogOptions options)
{
    public const string Invalid = "invalid";
    public const string TooLarge = "too-large";

    /// <summary>Reads at most <see cref="BlogOptions.MaxCoverBytes"/> + 1 bytes; returns the stored name, or an error code.</summary>
    public async Task<(string? File, string? Error)> SaveAsync(long shopId, Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > options.MaxCoverBytes)
            {
                return (null, TooLarge);
            }
        }

        if (CoverImages.Detect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is not { } kind)
        {
            return (null, Invalid);
        }

        var folder = Path.Combine(options.MediaDirectory, shopId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var file = $"{Guid.NewGuid():N}.{kind.Extension}";
        await File.WriteAllBytesAsync(Path.Combine(folder, file), buffer.ToArray(), ct);
        return (file, null);
    }

    /// <summary>The path of a stored image of the shop, or null when the name is not one this store makes or the file is gone.</summary>
    public string? PathOf(long shopId, string file)
    {
        if (!FileName().IsMatch(file))
        {
            return null;
        }

        var path = Path.Combine(options.MediaDirectory, shopId.ToString(System.Globalization.CultureInfo.InvariantCulture), file);
        return File.Exists(path) ? path : null;
    }

    public void Delete(long shopId, string? file)
    {
        if (file is not null && PathOf(shopId, file) is { } path)
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}\\.(jpg|png|webp)$")]
    private static partial Regex FileName();
}
