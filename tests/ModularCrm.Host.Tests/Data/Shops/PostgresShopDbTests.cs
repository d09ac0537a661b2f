using ModularCrm.Host.Tests.Data.Infrastructure;

namespace ModularCrm.Host.Tests.Data.Shops;

[RequiresDatabase(Engines.PostgresVariable)]
public sealed class PostgresShopDbTests : ShopDbTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(ConnectionStringOrFail());
}
