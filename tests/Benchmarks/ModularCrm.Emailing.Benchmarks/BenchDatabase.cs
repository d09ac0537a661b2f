using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Migrations;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Modules.Contacts;
using ModularCrm.Modules.Emailing;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Emailing.Benchmarks;

/// <summary>A SQLite file with the core, contacts and emailing schemas, and N consenting contacts in one segment.</summary>
internal sealed class BenchDatabase : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("modularcrm-emailing-bench-").FullName;
    private readonly ShopDbFactory factory;

    public BenchDatabase()
    {
        Database = new SqliteDatabase(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "crm.db") }.ToString());
        factory = new ShopDbFactory(Database);
    }

    public SqliteDatabase Database { get; }

    public string Folder => folder;

    public IShopDb Shop(string module) => factory.For(1, module);

    public async Task MigrateAsync()
    {
        var runner = new MigrationRunner(Database);
        foreach (var result in new[]
                 {
                     await runner.MigrateCoreAsync(),
                     await runner.MigrateModuleAsync("contacts", "0.3.0", typeof(ContactsStartup).Assembly),
                     await runner.MigrateModuleAsync("emailing", "0.2.0", typeof(EmailingStartup).Assembly),
                 })
        {
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.Error);
            }
        }
    }

    /// <summary>Writes <paramref name="count"/> contacts with e-mail consent (as the contacts module stores them) and a segment of all; returns the segment id.</summary>
    public async Task<long> SeedAsync(int count)
    {
        var clock = Stopwatch.StartNew();
        var db = Shop("contacts");
        var now = DateTimeOffset.UtcNow;
        await db.InTransactionAsync(async tx =>
        {
            for (var i = 1; i <= count; i++)
            {
                var id = await tx.InsertAsync(
                    """
                    INSERT INTO contacts_contacts (shop_id, kind, civility, first_name, last_name, email, lifecycle, created_at, updated_at)
                    VALUES (@shop, 'person', @civility, @first, @last, @email, 'customer', @now, @now)
                    """,
                    new { civility = i % 2 == 0 ? "Mme" : "M.", first = SampleNames.First(i), last = SampleNames.Last(i), email = $"client{i}@example.fr", now });
                await tx.ExecuteAsync(
                    "INSERT INTO contacts_consents (shop_id, contact_id, channel, status, given_at, source) VALUES (@shop, @id, 'email', 'granted', @now, 'bench')",
                    new { id, now });
            }

            return 0;
        });
        var segment = await db.InsertAsync(
            "INSERT INTO contacts_segments (shop_id, name, filter_json, updated_at) VALUES (@shop, 'Tous', '{}', @now)", new { now });
        Console.WriteLine($"seed               : {count:N0} contacts with consent in {clock.Elapsed.TotalSeconds:F1} s (not a goal)");
        return segment;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
