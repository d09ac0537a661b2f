using System.Text;
using System.Text.Json;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>
/// Drives <see cref="ContactImporter"/> over a queued file chunk by chunk (<see cref="CsvChunks"/>): each chunk is one
/// importer run in its own transaction, which also writes the checkpoint, so what is committed and where to resume
/// never disagree. Rows repeating a key of an earlier chunk find its contact in the database and update it, as in a
/// single run; a chunk done again after a crash was rolled back, so nothing is imported twice.
/// </summary>
internal sealed class ChunkedImport(IShopDb db, ContactsOptions options, TimeProvider clock, string owner)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Works on <paramref name="job"/> until it is done (true) or the pass's time is up (false; the lease is kept and
    /// renewed by each checkpoint, the caller lets it go).
    /// </summary>
    /// <exception cref="CsvImportException">The file cannot be read, or a mapped column is missing.</exception>
    /// <exception cref="ImportLeaseLostException">Another process took the import over.</exception>
    public async Task<bool> RunAsync(ImportJobRow job, Stream file, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + options.ImportPassTime;
        var mapping = JsonSerializer.Deserialize<ColumnMapping>(job.MappingJson, Json)
            ?? throw new CsvImportException("correspondance de colonnes illisible");
        CsvFormat format;
        await using (var probe = await CsvContactReader.OpenAsync(file, new CsvImportOptions { LeaveOpen = true }, ct))
        {
            mapping.Bind(probe.Headers);
            format = probe.Format;
        }

        var total = job.TotalRows;
        if (total is null)
        {
            file.Position = 0;
            using (var counter = CsvChunks.Open(file, format))
            {
                total = counter.CountRows();
            }

            Ensure(await ImportJobStore.SetTotalAsync(db, job.Id, owner, total.Value, ct));
        }

        file.Position = 0;
        using var chunks = CsvChunks.Open(file, format);
        chunks.Skip(job.RecordsDone);
        var kept = KeptReport.Parse(job.ReportJson);
        var rowsDone = job.RowsDone;
        var chunkOptions = new CsvImportOptions { Delimiter = format.Delimiter, Encoding = Utf8 };
        do
        {
            ct.ThrowIfCancellationRequested();
            if (chunks.Next(options.ImportChunkRows) is not { } chunk)
            {
                await ImportJobStore.FinishAsync(db, job.Id, owner, ImportJobStatus.Done, null, rowsDone, clock.GetUtcNow(), ct);
                return true;
            }

            await using var reader = CsvContactReader.Open(new MemoryStream(Utf8.GetBytes(chunk.Csv)), chunkOptions);
            var now = clock.GetUtcNow();
            var merged = KeptReport.Parse(kept.ToJson());
            var report = await db.InTransactionAsync(
                async tx =>
                {
                    var report = await new ContactImporter().RunAsync(tx, reader, mapping, false, now, ct);
                    merged.Add(report, chunk.RecordOffset);
                    var checkpoint = new ImportCheckpoint(
                        chunk.RecordsEnd, rowsDone + report.Rows, report.Created, report.Updated, report.Skipped, report.WithWarnings,
                        report.IssuesByCode.Values.Sum(), merged.ToJson());
                    Ensure(await ImportJobStore.CheckpointAsync(tx, job.Id, owner, checkpoint, now + options.ImportLease, ct));
                    return report;
                },
                ct);
            kept = merged;
            rowsDone += report.Rows;
        }
        while (clock.GetUtcNow() < deadline);

        return false;
    }

    private static void Ensure(bool stillOurs)
    {
        if (!stillOurs)
        {
            throw new ImportLeaseLostException();
        }
    }
}
