using System.Text.Json;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>Queues an uploaded file for the background import (API and pages): the file is kept, a row records the import.</summary>
internal static class ImportQueue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Returns the import's id, or null when the upload is gone (already queued, or older than a day).</summary>
    public static async Task<long?> QueueAsync(
        IShopDb db, ImportFiles files, string token, string fileName, string format, ColumnMapping mapping, DateTimeOffset now, CancellationToken ct)
    {
        if (!files.Queue(db.ShopId, token))
        {
            return null;
        }

        return await ImportJobStore.QueueAsync(db, token, fileName, format, JsonSerializer.Serialize(mapping, Json), now, ct);
    }
}
