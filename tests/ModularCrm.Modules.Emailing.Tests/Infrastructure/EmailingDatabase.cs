using Microsoft.Data.Sqlite;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Migrations;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Modules.Emailing;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Tests.Infrastructure;

/// <summary>A real SQLite file with the core and emailing schemas, through the host's own migration runner and shop helper.</summary>
internal sealed class EmailingDatabase : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modularcrm-emailing-").FullName;
    private readonly ShopDbFactory factory;

    private EmailingDatabase()
    {
        Database = new SqliteDatabase(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "crm.db") }.ToString());
        factory = new ShopDbFactory(Database);
    }

    public Database Database { get; }

    public string Folder => folder;

    public static async Task<EmailingDatabase> CreateAsync()
    {
        var db = new EmailingDatabase();
        var runner = new MigrationRunner(db.Database);
        Assert.True((await runner.MigrateCoreAsync()).Succeeded);
        var result = await runner.MigrateModuleAsync("emailing", "0.2.0", typeof(EmailingStartup).Assembly);
        Assert.True(result.Succeeded, result.Error);
        return db;
    }

    public IShopDb Shop(long shopId = 1) => factory.For(shopId, "emailing");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
