using Dapper;
using ModularCrm.Host.Data.Migrations;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Tests.Data.Infrastructure;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Tests.Data.Shops;

/// <summary>The shop-scoped helpers against a real engine; one subclass per engine.</summary>
public abstract class ShopDbTests : DatabaseTestBase
{
    private const string InsertItem = "INSERT INTO test_items (shop_id, name, price) VALUES (@shop, @name, @price)";

    private long shopA;
    private long shopB;
    private ShopDbFactory factory = null!;

    /// <summary>Core schema, a test table, and two shops.</summary>
    protected async Task ArrangeAsync()
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
                    CONSTRAINT uq_test_items UNIQUE (shop_id, name)
                );
                CREATE TABLE test_counters (
                    shop_id {{bigint}} NOT NULL REFERENCES core_shops (id),
                    name {{text(50)}} NOT NULL,
                    value {{int}} NOT NULL,
                    PRIMARY KEY (shop_id, name)
                );
                """),
        ]);
        Assert.True(result.Succeeded, result.Error);
        shopA = await TestShops.CreateAsync(Database, "a");
        shopB = await TestShops.CreateAsync(Database, "b");
        factory = new ShopDbFactory(Database);
    }

    [DatabaseFact]
    public async Task Insert_TwoRows_ReturnsEachNewIdentity()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");

        var first = await db.InsertAsync(InsertItem, new { name = "Savon", price = 4.5m });
        var second = await db.InsertAsync(InsertItem, new { name = "Bougie", price = 12.9m });

        Assert.True(first > 0);
        Assert.True(second > first);
        Assert.Equal("Bougie", await db.QueryFirstOrDefaultAsync<string>(
            "SELECT name FROM test_items WHERE shop_id = @shop AND id = @id", new { id = second }));
    }

    [DatabaseFact]
    public async Task ListParameter_InAndNotIn_SelectTheListedRowsOnEveryEngine()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");
        var savon = await db.InsertAsync(InsertItem, new { name = "Savon", price = 4.5m });
        var bougie = await db.InsertAsync(InsertItem, new { name = "Bougie", price = 12.9m });
        await db.InsertAsync(InsertItem, new { name = "Tasse", price = 8m });

        var listed = await db.QueryAsync<string>("SELECT name FROM test_items WHERE shop_id = @shop AND id IN @ids ORDER BY name", new { ids = new[] { savon, bougie } });
        var others = await db.QueryAsync<string>("SELECT name FROM test_items WHERE shop_id = @shop AND name NOT IN @names ORDER BY name", new { names = new[] { "Savon", "Bougie" } });
        var none = await db.QueryAsync<string>("SELECT name FROM test_items WHERE shop_id = @shop AND id IN @ids", new { ids = Array.Empty<long>() });
        var updated = await db.ExecuteAsync("UPDATE test_items SET price = 1 WHERE shop_id = @shop AND id IN @ids", new { ids = new[] { savon } });

        Assert.Equal(["Bougie", "Savon"], listed);
        Assert.Equal(["Tasse"], others);
        Assert.Empty(none);
        Assert.Equal(1, updated);
    }

    [DatabaseFact]
    public async Task Query_RowsOfShopB_AreInvisibleFromShopA()
    {
        await ArrangeAsync();
        await factory.For(shopA, "test").ExecuteAsync(InsertItem, new { name = "Savon", price = 4.5m });
        var idB = await factory.For(shopB, "test").InsertAsync(InsertItem, new { name = "Secret", price = 1m });

        var seenByA = await factory.For(shopA, "test").QueryAsync<string>("SELECT name FROM test_items WHERE shop_id = @shop ORDER BY name");
        var updatedByA = await factory.For(shopA, "test").ExecuteAsync(
            "UPDATE test_items SET name = @name WHERE shop_id = @shop AND id = @id", new { name = "Stolen", id = idB });

        Assert.Equal(["Savon"], seenByA);
        Assert.Equal(0, updatedByA);
    }

    [DatabaseFact]
    public async Task Statement_WithoutShopParameter_IsRefusedBeforeRunning()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");

        var missing = await Assert.ThrowsAsync<ArgumentException>(() => db.QueryAsync<string>("SELECT name FROM test_items"));
        var lookalike = await Assert.ThrowsAsync<ArgumentException>(() => db.ExecuteAsync(
            "DELETE FROM test_items WHERE shop_id = @shopping", new { shopping = shopB }));
        var inComment = await Assert.ThrowsAsync<ArgumentException>(() => db.ExecuteAsync(
            "DELETE FROM test_items -- WHERE shop_id = @shop\n"));

        Assert.All([missing, lookalike, inComment], e => Assert.Contains("@shop", e.Message));
    }

    [DatabaseFact]
    public async Task Args_TryingToSetShop_AreRefused()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");
        const string sql = "SELECT name FROM test_items WHERE shop_id = @shop";
        var dynamic = new DynamicParameters();
        dynamic.Add("@shop", shopB);

        await Assert.ThrowsAsync<ArgumentException>(() => db.QueryAsync<string>(sql, new { shop = shopB }));
        await Assert.ThrowsAsync<ArgumentException>(() => db.QueryAsync<string>(sql, new Dictionary<string, object?> { ["Shop"] = shopB }));
        await Assert.ThrowsAsync<ArgumentException>(() => db.QueryAsync<string>(sql, dynamic));
    }

    [DatabaseFact]
    public async Task Args_DynamicParametersTemplateSettingShop_StillReadsOnlyTheHelpersShop()
    {
        await ArrangeAsync();
        await factory.For(shopB, "test").ExecuteAsync(InsertItem, new { name = "Secret", price = 1m });

        var seen = await factory.For(shopA, "test").QueryAsync<string>(
            "SELECT name FROM test_items WHERE shop_id = @shop", new DynamicParameters(new { shop = shopB }));

        Assert.Empty(seen);
    }

    [DatabaseFact]
    public async Task Page_SecondPageOfTwo_ReturnsTheNextRowsInOrder()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");
        foreach (var name in new[] { "e", "a", "d", "b", "c" })
        {
            await db.ExecuteAsync(InsertItem, new { name, price = 1m });
        }

        var page = await db.QueryAsync<string>(
            db.Dialect.Page("SELECT name FROM test_items WHERE shop_id = @shop ORDER BY name"), new { offset = 2, limit = 2 });

        Assert.Equal(["c", "d"], page);
    }

    [DatabaseFact]
    public async Task Upsert_SameKeyTwice_UpdatesTheRowInsteadOfDuplicating()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");
        var upsert = db.Dialect.Upsert("test_counters", ["shop_id", "name"], ["value"]);

        await db.ExecuteAsync(upsert, new { name = "invoices", value = 1 });
        await db.ExecuteAsync(upsert, new { name = "invoices", value = 7 });
        await factory.For(shopB, "test").ExecuteAsync(upsert, new { name = "invoices", value = 100 });

        var rows = await db.QueryAsync<int>("SELECT value FROM test_counters WHERE shop_id = @shop");
        Assert.Equal([7], rows);
    }

    [DatabaseFact]
    public async Task SelectForUpdate_InTransaction_ReadsTheLockedRowAndUpdatesIt()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");
        await db.ExecuteAsync("INSERT INTO test_counters (shop_id, name, value) VALUES (@shop, @name, 41)", new { name = "n" });

        var next = await db.InTransactionAsync(async tx =>
        {
            var current = await tx.QueryFirstOrDefaultAsync<int>(
                tx.Dialect.SelectForUpdate("test_counters", "value", "shop_id = @shop AND name = @name"), new { name = "n" });
            await tx.ExecuteAsync("UPDATE test_counters SET value = @value WHERE shop_id = @shop AND name = @name", new { name = "n", value = current + 1 });
            return current + 1;
        });

        Assert.Equal(42, next);
        Assert.Equal(42, await db.QueryFirstOrDefaultAsync<int>("SELECT value FROM test_counters WHERE shop_id = @shop AND name = @name", new { name = "n" }));
    }

    [DatabaseFact]
    public async Task Publish_InCommittedTransaction_WritesTheEventWithSourceModuleAndJson()
    {
        await ArrangeAsync();
        var signalled = new List<long>();
        factory.EventsCommitted += signalled.Add;
        var db = factory.For(shopA, "sales");

        await db.InTransactionAsync(async tx =>
        {
            var id = await tx.InsertAsync(InsertItem, new { name = "Savon", price = 4.5m });
            await tx.PublishAsync("sales.item-created", new { ItemId = id, Name = "Savon" });
            return id;
        });

        var events = await EventsAsync();
        var published = Assert.Single(events);
        Assert.Equal((shopA, "sales", "sales.item-created"), (published.ShopId, published.SourceModule, published.Name));
        Assert.Contains("\"name\":\"Savon\"", published.Payload);
        Assert.Equal([shopA], signalled);
    }

    [DatabaseFact]
    public async Task Publish_InRolledBackTransaction_LeavesNeitherRowsNorEvent()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "sales");

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync<long>(async tx =>
        {
            await tx.InsertAsync(InsertItem, new { name = "Savon", price = 4.5m });
            await tx.PublishAsync("sales.item-created", new { Name = "Savon" });
            throw new InvalidOperationException("the work failed after publishing");
        }));

        Assert.Empty(await EventsAsync());
        Assert.Empty(await db.QueryAsync<string>("SELECT name FROM test_items WHERE shop_id = @shop"));
    }

    [DatabaseFact]
    public async Task Transaction_UsedAfterItEnded_IsRefused()
    {
        await ArrangeAsync();
        IShopTransaction? kept = null;
        await factory.For(shopA, "test").InTransactionAsync(tx =>
        {
            kept = tx;
            return Task.FromResult(0);
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => kept!.QueryAsync<string>("SELECT name FROM test_items WHERE shop_id = @shop"));
    }

    [DatabaseFact]
    public async Task Money_WithFourDecimals_RoundTripsExactly()
    {
        await ArrangeAsync();
        var db = factory.For(shopA, "test");

        var id = await db.InsertAsync(InsertItem, new { name = "Précis", price = 123456.7891m });

        Assert.Equal(123456.7891m, await db.QueryFirstOrDefaultAsync<decimal>(
            "SELECT price FROM test_items WHERE shop_id = @shop AND id = @id", new { id }));
    }

    private async Task<List<EventRow>> EventsAsync()
    {
        await using var connection = await Database.OpenAsync();
        return (await connection.QueryAsync<EventRow>(
            "SELECT shop_id AS ShopId, source_module AS SourceModule, name AS Name, payload AS Payload FROM core_events ORDER BY id")).AsList();
    }

    private sealed record EventRow(long ShopId, string SourceModule, string Name, string Payload);
}
