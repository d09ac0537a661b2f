using Dapper;
using ModularCrm.Host.Data.Migrations;
using ModularCrm.Host.Tests.Data.Infrastructure;

namespace ModularCrm.Host.Tests.Data.Migrations;

/// <summary>The migration runner against a real engine; one subclass per engine.</summary>
public abstract class MigrationRunnerTests : DatabaseTestBase
{
    private static readonly string[] CoreTables =
    [
        "core_shops", "core_users", "core_shop_users", "core_shop_modules", "core_modules", "core_migrations",
        "core_events", "core_event_deliveries", "core_api_tokens",
    ];

    [DatabaseFact]
    public async Task MigrateCore_OnEmptyDatabase_CreatesEveryCoreTableAndJournalsTheScript()
    {
        var result = await Runner().MigrateCoreAsync();

        Assert.True(result.Succeeded, result.Error);
        Assert.Contains("0001_core.sql", result.Applied);
        Assert.Null(result.PreviousVersion);
        foreach (var table in CoreTables)
        {
            Assert.True(await TableExistsAsync(table), $"{table} was not created");
        }

        var journal = await JournalAsync(MigrationRunner.CoreModuleId);
        Assert.Equal(result.Applied, journal.Select(row => row.Script));
        Assert.All(journal, row => Assert.Equal(64, row.Checksum.Length));
        Assert.Equal(MigrationRunner.CoreVersion, await Runner().InstalledVersionAsync(MigrationRunner.CoreModuleId));
    }

    [DatabaseFact]
    public async Task MigrateCore_RunTwice_SecondRunAppliesNothing()
    {
        var first = await Runner().MigrateCoreAsync();

        var second = await Runner().MigrateCoreAsync();

        Assert.True(second.Succeeded, second.Error);
        Assert.NotEmpty(first.Applied);
        Assert.Empty(second.Applied);
        Assert.False(second.VersionChanged);
        Assert.Equal(first.Applied, (await JournalAsync(MigrationRunner.CoreModuleId)).Select(row => row.Script));
    }

    [DatabaseFact]
    public async Task Migrate_ScriptEditedAfterApply_IsRefusedNamingModuleAndScript()
    {
        await Runner().MigrateAsync("notes", "1.0.0", [Script("0001_a.sql", "CREATE TABLE notes_a (id {{id}})")]);

        var result = await Runner().MigrateAsync("notes", "1.0.1",
        [
            Script("0001_a.sql", "CREATE TABLE notes_a (id {{id}}, extra {{int}})"),
            Script("0002_b.sql", "CREATE TABLE notes_b (id {{id}})"),
        ]);

        Assert.False(result.Succeeded);
        Assert.Equal("0001_a.sql", result.FailedScript);
        Assert.Contains("'notes'", result.Error);
        Assert.Contains("'0001_a.sql'", result.Error);
        Assert.Contains("edited", result.Error);
        Assert.False(await TableExistsAsync("notes_b"), "a later script ran although an applied one was edited");
        Assert.Equal("1.0.0", await Runner().InstalledVersionAsync("notes"));
    }

    [DatabaseFact]
    public async Task Migrate_FailingScript_RollsBackItsTablesAndSkipsLaterScripts()
    {
        var result = await Runner().MigrateAsync("broken", "1.0.0",
        [
            Script("0001_ok.sql", "CREATE TABLE broken_ok (id {{id}})"),
            Script("0002_fails.sql", "CREATE TABLE broken_half (id {{id}});\nINSERT INTO broken_missing (x) VALUES (1);"),
            Script("0003_later.sql", "CREATE TABLE broken_later (id {{id}})"),
        ]);

        Assert.False(result.Succeeded);
        Assert.Equal(["0001_ok.sql"], result.Applied);
        Assert.Equal("0002_fails.sql", result.FailedScript);
        Assert.Contains("'broken'", result.Error);
        Assert.Contains("'0002_fails.sql'", result.Error);
        Assert.True(await TableExistsAsync("broken_ok"));
        Assert.False(await TableExistsAsync("broken_half"), "the failing script's first statement was not rolled back");
        Assert.False(await TableExistsAsync("broken_later"), "a script after the failing one ran");
        Assert.Equal(["0001_ok.sql"], (await JournalAsync("broken")).Select(row => row.Script));
        Assert.Null(await Runner().InstalledVersionAsync("broken"));
    }

    [DatabaseFact]
    public async Task Migrate_UnknownPlaceholder_FailsNamingScriptAndLine()
    {
        var result = await Runner().MigrateAsync("typo", "1.0.0", [Script("0001_t.sql", "CREATE TABLE typo_t (\n  id {{id}},\n  n {{integer}}\n)")]);

        Assert.False(result.Succeeded);
        Assert.Contains("0001_t.sql, line 3", result.Error);
        Assert.Contains("{{integer}}", result.Error);
        Assert.Empty(await JournalAsync("typo"));
    }

    [DatabaseFact]
    public async Task Migrate_UpgradeToNewVersion_AppliesOnlyTheNewScriptAndRecordsBothVersions()
    {
        var first = Script("0001_a.sql", "CREATE TABLE upg_a (id {{id}})");
        await Runner().MigrateAsync("upg", "1.0.0", [first]);

        var result = await Runner().MigrateAsync("upg", "1.1.0", [first, Script("0002_b.sql", "CREATE TABLE upg_b (id {{id}})")]);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["0002_b.sql"], result.Applied);
        Assert.Equal("1.0.0", result.PreviousVersion);
        Assert.True(result.VersionChanged);
        Assert.Equal("1.1.0", await Runner().InstalledVersionAsync("upg"));
        var journal = await JournalAsync("upg");
        Assert.Equal([("0001_a.sql", "1.0.0"), ("0002_b.sql", "1.1.0")], journal.Select(row => (row.Script, row.ModuleVersion)));
    }

    [DatabaseFact]
    public async Task MigrateModule_FromRealAssembly_RunsEmbeddedScriptsWithEveryPlaceholder()
    {
        await TestShops.MigrateCoreAsync(Database);
        var shop = await TestShops.CreateAsync(Database, "assembly");

        var result = await Runner().MigrateModuleAsync("sample", "1.0.0", typeof(MigrationRunnerTests).Assembly);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(["0001_sample.sql", "0002_sample_tags.sql"], result.Applied);
        await using var connection = await Database.OpenAsync();
        var reference = Guid.NewGuid();
        await connection.ExecuteAsync(
            "INSERT INTO sample_notes (shop_id, title, amount, rate, quantity, reference, created_at) " +
            "VALUES (@shop, @title, @amount, @rate, @quantity, @reference, @createdAt)",
            new { shop, title = "Note", amount = 1234.5678m, rate = 19.6m, quantity = 3, reference, createdAt = DateTimeOffset.UtcNow });
        var row = await connection.QuerySingleAsync<SampleNote>(
            "SELECT title, amount, rate, quantity, pinned, visible, created_at AS CreatedAt FROM sample_notes WHERE shop_id = @shop",
            new { shop });
        Assert.Equal(("Note", 1234.5678m, 19.6m, 3, false, true), (row.Title, row.Amount, row.Rate, row.Quantity, row.Pinned, row.Visible));
        Assert.InRange(row.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(5));
    }

    private MigrationRunner Runner() => new(Database);

    private static MigrationScript Script(string name, string sql) => new(name, sql);

    private async Task<bool> TableExistsAsync(string table)
    {
        await using var connection = await Database.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(Database.Dialect.TableExistsQuery, new { table }) > 0;
    }

    private async Task<List<JournalRow>> JournalAsync(string moduleId)
    {
        await using var connection = await Database.OpenAsync();
        return (await connection.QueryAsync<JournalRow>(
            "SELECT script AS Script, module_version AS ModuleVersion, checksum AS Checksum FROM core_migrations " +
            "WHERE module_id = @moduleId ORDER BY script",
            new { moduleId })).AsList();
    }

    private sealed record JournalRow(string Script, string ModuleVersion, string Checksum);

    private sealed class SampleNote
    {
        public string Title { get; init; } = "";

        public decimal Amount { get; init; }

        public decimal Rate { get; init; }

        public int Quantity { get; init; }

        public bool Pinned { get; init; }

        public bool Visible { get; init; }

        public DateTimeOffset CreatedAt { get; init; }
    }
}
