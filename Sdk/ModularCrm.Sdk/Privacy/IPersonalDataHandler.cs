using System.Text.Json.Nodes;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Sdk.Privacy;

/// <summary>
/// A module's part in the RGPD rights of access and erasure. Register implementations in
/// <see cref="ModuleStartup.ConfigureServices"/>; the host calls every enabled module's handlers.
/// </summary>
public interface IPersonalDataHandler
{
    /// <summary>Everything this module holds about <paramref name="subject"/>, or null when it holds nothing.</summary>
    Task<JsonNode?> ExportAsync(DataSubject subject, IShopSql db, CancellationToken cancellationToken);

    /// <summary>
    /// Erases or anonymises what this module holds about <paramref name="subject"/>, keeping what the law requires
    /// to keep; returns a short account of what was done, for the erasure log.
    /// </summary>
    Task<string> EraseAsync(DataSubject subject, IShopTransaction db, CancellationToken cancellationToken);
}
