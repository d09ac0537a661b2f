using ModularCrm.Host.Tests.Data.Infrastructure;

namespace ModularCrm.Host.Tests.Data.Shops;

public sealed class SqliteShopDbTests : ShopDbTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}
