using ModularCrm.Host.Tests.Data.Infrastructure;

namespace ModularCrm.Host.Tests.Data.Shops;

[RequiresDatabase(Engines.SqlServerVariable, ExemptFromRequireAllBecause = Engines.SqlServerExemption)]
public sealed class SqlServerShopDbTests : ShopDbTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqlServerTestDatabase.CreateAsync(ConnectionStringOrFail());
}
