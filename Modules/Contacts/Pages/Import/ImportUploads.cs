namespace ModularCrm.Modules.Contacts.Pages.Import;

/// <summary>
/// A CSV sent to the import pages, kept between the mapping, the dry run and the run (three requests) in the
/// machine's temporary folder, one folder per shop: a shop reaches only its own files, and a token is a random
/// guid, never a path. Files older than a day go at the next upload; a run deletes its file.
/// </summary>
internal static class ImportUploads
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public static async Task<string> SaveAsync(long shopId, Stream content, CancellationToken ct)
    {
        var folder = Folder(shopId);
        Directory.CreateDirectory(folder);
        foreach (var old in new DirectoryInfo(folder).EnumerateFiles("*.csv").Where(f => f.LastWriteTimeUtc < DateTime.UtcNow - KeptFor))
        {
            old.Delete();
        }

        var token = Guid.NewGuid().ToString("N");
        await using var file = File.Create(Path.Combine(folder, token + ".csv"));
        await content.CopyToAsync(file, ct);
        return token;
    }

    /// <summary>The upload, or null when the token is not one of this shop's current uploads.</summary>
    public static Stream? Open(long shopId, string token) =>
        Guid.TryParseExact(token, "N", out _) && File.Exists(PathOf(shopId, token)) ? File.OpenRead(PathOf(shopId, token)) : null;

    public static void Delete(long shopId, string token)
    {
        if (Guid.TryParseExact(token, "N", out _))
        {
            File.Delete(PathOf(shopId, token));
        }
    }

    private static string Folder(long shopId) =>
        Path.Combine(Path.GetTempPath(), "modularcrm-contact-imports", shopId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string PathOf(long shopId, string token) => Path.Combine(Folder(shopId), token + ".csv");
}
