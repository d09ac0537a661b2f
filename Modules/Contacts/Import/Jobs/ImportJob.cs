using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>
/// The module job "imports": for one shop, claims the oldest unfinished import and works on it chunk by chunk
/// (<see cref="ChunkedImport"/>), then the next, until none is left or the pass's time is up. An unreadable file ends
/// its import as failed with the reason; any other failure lets the import go, to be resumed by the next pass, until
/// <see cref="ContactsOptions.ImportMaxAttempts"/> passes in a row made no progress.
/// </summary>
internal static class ImportJob
{
    public const string Name = "imports";

    public static async Task RunAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<IShopDb>();
        var options = services.GetRequiredService<ContactsOptions>();
        var files = services.GetRequiredService<ImportFiles>();
        var clock = services.GetRequiredService<TimeProvider>();
        var owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        while (await ImportJobStore.ClaimAsync(db, owner, clock.GetUtcNow(), options.ImportLease, ct) is { } job)
        {
            if (!await RunOneAsync(db, options, files, clock, owner, job, services.GetService<ILoggerFactory>(), ct))
            {
                return;
            }
        }
    }

    // True when the import is over (done or failed) and the pass may go on with the next one.
    private static async Task<bool> RunOneAsync(
        IShopDb db, ContactsOptions options, ImportFiles files, TimeProvider clock, string owner, ImportJobRow job, ILoggerFactory? logs, CancellationToken ct)
    {
        if (job.Attempts > options.ImportMaxAttempts)
        {
            await FailAsync(db, files, owner, job, $"abandonné après {options.ImportMaxAttempts} tentatives sans progrès (voir le journal du serveur)", clock, ct);
            return true;
        }

        await using var file = files.OpenQueued(db.ShopId, job.Token);
        if (file is null)
        {
            await FailAsync(db, files, owner, job, "le fichier à importer n'est plus disponible : envoyez-le de nouveau", clock, ct);
            return true;
        }

        try
        {
            var finished = await new ChunkedImport(db, options, clock, owner).RunAsync(job, file, ct);
            if (finished)
            {
                files.Delete(db.ShopId, job.Token);
            }
            else
            {
                await ImportJobStore.ReleaseAsync(db, job.Id, owner, CancellationToken.None);
            }

            return finished;
        }
        catch (CsvImportException ex)
        {
            await FailAsync(db, files, owner, job, ex.Message, clock, ct);
            return true;
        }
        catch (Exception ex) when (ex is not ImportLeaseLostException)
        {
            // A stop (cancellation) or a database error: the committed chunks stay, the next pass resumes after them.
            logs?.CreateLogger(typeof(ImportJob)).LogWarning(ex, "Contact import {Import} stopped; the next pass resumes it", job.Id);
            await ImportJobStore.ReleaseAsync(db, job.Id, owner, CancellationToken.None);
            throw;
        }
    }

    private static async Task FailAsync(IShopDb db, ImportFiles files, string owner, ImportJobRow job, string reason, TimeProvider clock, CancellationToken ct)
    {
        await ImportJobStore.FinishAsync(db, job.Id, owner, ImportJobStatus.Failed, reason, null, clock.GetUtcNow(), ct);
        files.Delete(db.ShopId, job.Token);
    }
}
