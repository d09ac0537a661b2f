using System.Globalization;

namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>
/// The CSV files of the import pages and of queued imports, in <see cref="ContactsOptions.ImportDirectory"/>, one
/// folder per shop: a shop reaches only its own files, and a token is a random guid, never a path. An upload
/// (<c>{token}.csv</c>) is kept a day for its mapping and dry run; once queued it becomes <c>{token}.queued</c>, which
/// no clean-up touches, until the import is done.
/// </summary>
internal sealed class ImportFiles(ContactsOptions options)
{
    private const string Upload = ".csv";
    private const string Queued = ".queued";
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    /// <summary>Saves an upload and returns its token; uploads older than a day go first.</summary>
    public async Task<string> SaveAsync(long shopId, Stream content, CancellationToken ct)
    {
        var folder = Folder(shopId);
        Directory.CreateDirectory(folder);
        foreach (var old in new DirectoryInfo(folder).EnumerateFiles("*" + Upload).Where(f => f.LastWriteTimeUtc < DateTime.UtcNow - KeptFor))
        {
            old.Delete();
        }

        var token = Guid.NewGuid().ToString("N");
        await using var file = File.Create(PathOf(shopId, token, Upload));
        await content.CopyToAsync(file, ct);
        return token;
    }

    /// <summary>The upload, or null when the token is not one of this shop's current uploads.</summary>
    public Stream? Open(long shopId, string token) => OpenFile(shopId, token, Upload);

    /// <summary>The file of a queued import, or null when it is gone.</summary>
    public Stream? OpenQueued(long shopId, string token) => OpenFile(shopId, token, Queued);

    /// <summary>Keeps the upload for the background import; false when there is no such upload.</summary>
    public bool Queue(long shopId, string token)
    {
        if (!IsToken(token) || !File.Exists(PathOf(shopId, token, Upload)))
        {
            return false;
        }

        File.Move(PathOf(shopId, token, Upload), PathOf(shopId, token, Queued), overwrite: true);
        return true;
    }

    /// <summary>Deletes the upload or the queued file of <paramref name="token"/>.</summary>
    public void Delete(long shopId, string token)
    {
        if (IsToken(token))
        {
            File.Delete(PathOf(shopId, token, Upload));
            File.Delete(PathOf(shopId, token, Queued));
        }
    }

    private Stream? OpenFile(long shopId, string token, string extension) =>
        IsToken(token) && File.Exists(PathOf(shopId, token, extension)) ? File.OpenRead(PathOf(shopId, token, extension)) : null;

    private static bool IsToken(string token) => Guid.TryParseExact(token, "N", out _);

    private string Folder(long shopId) => Path.Combine(options.ImportDirectory, shopId.ToString(CultureInfo.InvariantCulture));

    private string PathOf(long shopId, string token, string extension) => Path.Combine(Folder(shopId), token + extension);
}
