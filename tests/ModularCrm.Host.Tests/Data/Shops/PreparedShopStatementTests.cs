using ModularCrm.Host.Data.Migrations;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Tests.Data.Infrastructure;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Tests.Data.Shops;

/// <summary>IShopSql.PrepareAsync on a real SQLite file: shop binding, re-runs with new values, bulk page cache.</summary>
public sealed class PreparedShopStatementTests : DatabaseTestBase
{
    private const string InsertItem = "INSERT INTO test_items (shop_id, name, price, seen_at) VALUES (@shop, @name, @price, @seenAt)";

    private long shopA;
    private long shopB;
    private ShopDbFactory factory = null!;

    [Fact]
    public async Task Prepare_InsertRunTwiceWithNewValues_WritesBothRowsInTheShopLikeDapper()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");
        // In UTC, as the host's clock gives it: Dapper stores other offsets as given (its type handler is not
        // applied to parameters), where a prepared statement stores them in UTC.
        var seen = new DateTimeOffset(2026, 11, 23, 19, 0, 0, TimeSpan.Zero);

        await db.InTransactionAsync(async tx =>
        {
            await using var insert = await tx.PrepareAsync(InsertItem);
            foreach (var (name, price) in new[] { ("Savon", 4.5m), ("Bougie", 12.9m) })
            {
                insert.Set("name", name);
                insert.Set("price", price);
                insert.Set("seenAt", seen);
                Assert.Equal(1, await insert.ExecuteAsync());
            }

            return 0;
        });
        await db.ExecuteAsync(InsertItem, new { name = "Dapper", price = 1m, seenAt = seen });

        var rows = await db.QueryAsync<(string Name, decimal Price, string SeenAt)>(
            "SELECT name, price * 1.0, seen_at FROM test_items WHERE shop_id = @shop ORDER BY id");
        Assert.Equal([("Savon", 4.5m), ("Bougie", 12.9m), ("Dapper", 1m)], rows.Select(r => (r.Name, r.Price)));
        Assert.Single(rows.Select(r => r.SeenAt).Distinct());
        Assert.Empty(await factory.For(shopB, "test").QueryAsync<string>("SELECT name FROM test_items WHERE shop_id = @shop"));
    }

    [Fact]
    public async Task Prepare_ScalarWithoutRow_IsNullAndWithRowIsTheValue()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");
        await db.ExecuteAsync(InsertItem, new { name = "Savon", price = 4.5m, seenAt = DateTimeOffset.UtcNow });

        await using var find = await db.PrepareAsync("SELECT id FROM test_items WHERE shop_id = @shop AND name = @name");
        find.Set("name", "Absent");
        var missing = await find.ScalarAsync<long?>();
        find.Set("name", "Savon");
        var found = await find.ScalarAsync<long?>();

        Assert.Null(missing);
        Assert.NotNull(found);
    }

    [Fact]
    public async Task Prepare_StatementWithoutShop_IsRefusedNamingTheParameter()
    {
        await ArrangeAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => factory.For(shopA, "test").PrepareAsync("DELETE FROM test_items"));

        Assert.Contains("@shop", error.Message);
    }

    [Fact]
    public async Task Set_Shop_IsRefusedBecauseTheHostBindsIt()
    {
        await ArrangeAsync();
        await using var statement = await factory.For(shopA, "test").PrepareAsync("SELECT COUNT(*) FROM test_items WHERE shop_id = @shop");

        Assert.Throws<ArgumentException>(() => statement.Set("shop", shopB));
    }

    [Fact]
    public async Task Transaction_PreparingStatements_GetsTheBulkPageCacheUntilItEnds()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");
        const string CacheSize = "SELECT cache_size FROM pragma_cache_size() WHERE @shop IS NOT NULL";
        var before = await db.QueryFirstOrDefaultAsync<long>(CacheSize);

        var during = await db.InTransactionAsync(async tx =>
        {
            await using var insert = await tx.PrepareAsync(InsertItem);
            return await tx.QueryFirstOrDefaultAsync<long>(CacheSize);
        });
        var after = await db.QueryFirstOrDefaultAsync<long>(CacheSize);

        Assert.Equal(-ModularCrm.Host.Data.SqliteDatabase.BulkCacheKibibytes, during);
        Assert.Equal(before, after);
    }

    /// <inheritdoc />
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    private async Task ArrangeAsync()
    {
        await TestShops.MigrateCoreAsync(Database);
        var result = await new MigrationRunner(Database).MigrateAsync("test", "1.0.0",
        [
            new MigrationScript("0001_items.sql", """
                CREATE TABLE test_items (
                    id {{id}},
                    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
                    name {{text(100)}} NOT NULL,
                    price {{money}} NOT NULL,
                    seen_at {{timestamp}} NOT NULL
                );
                """),
        ]);
        Assert.True(result.Succeeded, result.Error);
        shopA = await TestShops.CreateAsync(Database, "a");
        shopB = await TestShops.CreateAsync(Database, "b");
        factory = new ShopDbFactory(Database);
    }
}
