using System.Data.Common;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Core;

/// <summary>
/// The host's own access to the database, for the tables that are not one shop's business data
/// (shops, users, module states). Modules never get this: they get a shop-bound <see cref="IShopDb"/>.
/// </summary>
internal sealed class CoreDb(Func<CancellationToken, Task<DbConnection>> open, ISqlDialect dialect)
{
    public ISqlDialect Dialect => dialect;

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => open(cancellationToken);
}
