using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Tests.Data.Infrastructure;

namespace ModularCrm.Host.Tests.Data;

public sealed class SqliteDatabaseTests : IAsyncLifetime
{
    private readonly string contentRoot = Directory.CreateTempSubdirectory("modularcrm-root-").FullName;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(contentRoot, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task AddModularCrmData_NoConfiguration_CreatesTheSqliteFileUnderContentRootInWalModeWithForeignKeys()
    {
        var services = new ServiceCollection()
            .AddModularCrmData(new ConfigurationBuilder().Build(), contentRoot)
            .BuildServiceProvider();
        var database = services.GetRequiredService<Database>();

        await using var connection = await database.OpenAsync();

        Assert.Equal("sqlite", database.Provider);
        Assert.True(File.Exists(Path.Combine(contentRoot, "data", "modularcrm.db")));
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys"));
        Assert.True(await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout") >= 1000);
        Assert.NotNull(services.GetRequiredService<ShopDbFactory>());
    }

    [Fact]
    public void AddModularCrmData_RelativeSqlitePath_IsTakenFromContentRoot()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ModularCrm"] = "Data Source=other/shop.db",
        }).Build();

        var database = new ServiceCollection().AddModularCrmData(configuration, contentRoot).BuildServiceProvider().GetRequiredService<Database>();

        Assert.Equal(Path.Combine(contentRoot, "other", "shop.db"), Assert.IsType<SqliteDatabase>(database).DataSource);
    }

    [Theory]
    [InlineData("oracle", null, "Database:Provider is 'oracle'")]
    [InlineData("postgres", null, "ConnectionStrings:ModularCrm is empty")]
    [InlineData("sqlserver", "", "ConnectionStrings:ModularCrm is empty")]
    public void Create_BadConfiguration_NamesTheSetting(string provider, string? connectionString, string expected)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            DatabaseFactory.Create(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }, contentRoot));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task Transactions_TwoConcurrentReadThenWriteWriters_NeverDeadlockAndLoseNoUpdate()
    {
        await using var test = new SqliteTestDatabase();
        await TestShops.MigrateCoreAsync(test.Database);
        var shop = await TestShops.CreateAsync(test.Database, "busy");
        var db = new ShopDbFactory(test.Database).For(shop, "test");
        await db.ExecuteAsync("INSERT INTO core_shop_modules (shop_id, module_id, enabled, changed_at) VALUES (@shop, 'counter', 0, @now)", new { now = DateTimeOffset.UtcNow });

        // Each writer reads first, then writes: with deferred transactions SQLite would refuse one upgrade (SQLITE_BUSY).
        async Task WriterAsync()
        {
            for (var i = 0; i < 25; i++)
            {
                await db.InTransactionAsync(async tx =>
                {
                    var modules = await tx.QueryAsync<string>("SELECT module_id FROM core_shop_modules WHERE shop_id = @shop");
                    await Task.Yield();
                    return await tx.ExecuteAsync(
                        "INSERT INTO core_shop_modules (shop_id, module_id, enabled, changed_at) VALUES (@shop, @id, 1, @now)",
                        new { id = $"m{modules.Count}", now = DateTimeOffset.UtcNow });
                });
            }
        }

        await Task.WhenAll(Task.Run(WriterAsync), Task.Run(WriterAsync));

        Assert.Equal(51, (await db.QueryAsync<string>("SELECT module_id FROM core_shop_modules WHERE shop_id = @shop")).Count);
    }
}
