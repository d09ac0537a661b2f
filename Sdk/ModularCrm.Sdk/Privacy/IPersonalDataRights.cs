using System.Text.Json.Nodes;

namespace ModularCrm.Sdk.Privacy;

/// <summary>
/// The RGPD rights of access and erasure across every module enabled for the current shop, provided by the host.
/// The contacts module calls it for a person; the host calls each enabled module's <see cref="IPersonalDataHandler"/>.
/// </summary>
public interface IPersonalDataRights
{
    /// <summary>Everything every enabled module holds about <paramref name="subject"/>, one property per module id.</summary>
    Task<JsonObject> ExportAsync(DataSubject subject, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases or anonymises <paramref name="subject"/> in every enabled module (each in its own transaction), logs the
    /// erasure, and returns each module's account of what it did, keyed by module id.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> EraseAsync(DataSubject subject, CancellationToken cancellationToken = default);
}
