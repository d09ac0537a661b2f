using System.Text.Json.Nodes;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Fixtures.EventProbe;

/// <summary>The probe's part in the rights of access and erasure: the deliveries it recorded about a contact.</summary>
public sealed class ProbePersonalData : IPersonalDataHandler
{
    public async Task<JsonNode?> ExportAsync(DataSubject subject, IShopSql db, CancellationToken cancellationToken)
    {
        var names = await db.QueryAsync<string>(
            "SELECT display_name FROM probe_received WHERE shop_id = @shop AND contact_id = @contactId ORDER BY id", new { contactId = subject.ContactId }, cancellationToken);
        return names.Count == 0 ? null : new JsonObject { ["received"] = new JsonArray(names.Select(n => (JsonNode?)JsonValue.Create(n)).ToArray()) };
    }

    public async Task<string> EraseAsync(DataSubject subject, IShopTransaction db, CancellationToken cancellationToken)
    {
        var deleted = await db.ExecuteAsync(
            "DELETE FROM probe_received WHERE shop_id = @shop AND contact_id = @contactId", new { contactId = subject.ContactId }, cancellationToken);
        return $"{deleted} réception(s) supprimée(s)";
    }
}
