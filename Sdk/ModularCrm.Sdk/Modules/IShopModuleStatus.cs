namespace ModularCrm.Sdk.Modules;

/// <summary>
/// Whether another module is enabled for the shop of the current request or job. A module's services are registered
/// once for the whole host, so an optional collaborator (the e-mailing module's <c>IMailOutbox</c>…) resolves even in a
/// shop that did not enable its module: ask here before using it. Implemented by the host.
/// </summary>
public interface IShopModuleStatus
{
    /// <summary>True when module <paramref name="moduleId"/> is enabled for the current shop.</summary>
    /// <param name="moduleId">The module's id, as in its manifest (<c>emailing</c>).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    Task<bool> IsEnabledAsync(string moduleId, CancellationToken cancellationToken = default);
}
