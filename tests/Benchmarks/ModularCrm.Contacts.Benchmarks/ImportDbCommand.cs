using System.Diagnostics;
using Dapper;
using Microsoft.Data.Sqlite;
using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Migrations;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Modules.Contacts;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Import;

namespace ModularCrm.Contacts.Benchmarks;

/// <summary>
/// Generates an N-row file and imports it into a real SQLite database through the host's migrations and shop-scoped
/// data access and the module's <see cref="ContactImporter"/> (one transaction, as <c>POST /imports/run</c> does);
/// then times prefix searches through <see cref="ContactStore.SearchAsync"/> (the list endpoint's query).
/// </summary>
internal static class ImportDbCommand
{
    public static async Task RunAsync(int rows, int searches)
    {
        var folder = Directory.CreateTempSubdirectory("modularcrm-bench-").FullName;
        var csv = Path.Combine(folder, "contacts.csv");
        try
        {
            var database = new SqliteDatabase(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "crm.db") }.ToString());
            var runner = new MigrationRunner(database);
            Check(await runner.MigrateCoreAsync());
            Check(await runner.MigrateModuleAsync("contacts", "0.2.0", typeof(ContactsStartup).Assembly));
            long shopId;
            await using (var connection = await database.OpenAsync())
            {
                shopId = await connection.ExecuteScalarAsync<long>(
                    "INSERT INTO core_shops (slug, name, created_at) VALUES ('bench', 'Bench', @now) RETURNING id", new { now = DateTimeOffset.UtcNow });
            }

            var generation = Stopwatch.StartNew();
            CsvFileGenerator.Write(csv, rows);
            Console.WriteLine($"generated {rows:N0} rows, {new FileInfo(csv).Length / 1048576.0:F1} MB in {generation.Elapsed.TotalSeconds:F1} s");

            var db = new ShopDbFactory(database).For(shopId, "contacts");
            using var sampler = AllocationSampler.StartIfAsked();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var timer = Stopwatch.StartNew();
            ImportReport report;
            await using (var reader = await CsvContactReader.OpenAsync(new FileStream(csv, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true)))
            {
                var mapping = reader.SuggestMapping();
                report = await db.InTransactionAsync(tx => new ContactImporter().RunAsync(tx, reader, mapping, false, DateTimeOffset.UtcNow, CancellationToken.None));
            }

            timer.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            Console.WriteLine($"imported into SQLite: {report.Rows:N0} rows in {timer.Elapsed.TotalSeconds:F2} s = {report.Rows / timer.Elapsed.TotalSeconds:N0} rows/s (created {report.Created:N0}, updated {report.Updated:N0}, skipped {report.Skipped:N0})");
            // CPU time says what the import cost even when other processes share the cores (wall time then stretches).
            Console.WriteLine($"import CPU time: {cpu.TotalSeconds:F2} s = {cpu.TotalMilliseconds * 1000 / Math.Max(1, report.Rows):F1} µs per row");
            Console.WriteLine($"database file: {new FileInfo(Path.Combine(folder, "crm.db")).Length / 1048576.0:F0} MB");
            MemoryFigures.Print();
            sampler?.Print();

            await SearchAsync(db, searches);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("MODULARCRM_BENCH_KEEP") == "1")
            {
                Console.WriteLine($"kept (MODULARCRM_BENCH_KEEP=1): {folder}");
            }
            else
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task SearchAsync(ModularCrm.Sdk.Data.IShopDb db, int searches)
    {
        var samples = await db.QueryAsync<ContactRecord>(
            $"SELECT {ContactStore.Columns} FROM contacts_contacts WHERE shop_id = @shop AND id % 997 = 0 ORDER BY id", null);
        var random = new Random(7);
        var kinds = new (string Name, Func<ContactRecord, string?> Prefix)[]
        {
            ("last name (4 letters)", c => c.LastName is { Length: >= 4 } n ? n[..4] : c.LastName),
            ("first + last name", c => c.LastName),
            ("email (6 chars)", c => c.Email is { Length: >= 6 } e ? e[..6] : c.Email),
            ("phone (national, 6 digits)", c => c.Phone is { Length: >= 7 } p ? "0" + p[3..8] : null),
        };
        foreach (var (name, prefix) in kinds)
        {
            var times = new List<double>(searches);
            long found = 0;
            for (var i = 0; i < searches; i++)
            {
                var text = prefix(samples[random.Next(samples.Count)]);
                if (text is null)
                {
                    continue;
                }

                var timer = Stopwatch.StartNew();
                var page = await ContactStore.SearchAsync(db, text, null, 0, 50, CancellationToken.None);
                times.Add(timer.Elapsed.TotalMilliseconds);
                found += page.Count;
            }

            times.Sort();
            Console.WriteLine($"search by {name,-28}: {times.Count} queries, p50 {times[times.Count / 2]:F2} ms, p95 {times[(int)(times.Count * 0.95)]:F2} ms, max {times[^1]:F2} ms, {found / (double)times.Count:F1} rows/page");
        }
    }

    private static void Check(MigrationResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"migration {result.FailedScript} failed: {result.Error}");
        }
    }
}
