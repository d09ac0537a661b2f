using ModularCrm.Host.Data;
using ModularCrm.Host.Data.Migrations;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Tests.Infrastructure;
using ModularCrm.Testing;
using ModularCrm.Testing.Mail;
using Npgsql;

namespace ModularCrm.Modules.Emailing.Tests.Outbox;

/// <summary>The claim (one conditional UPDATE) on PostgreSQL, where concurrent UPDATEs re-check their WHERE after a lock wait.</summary>
public sealed class PostgresClaimTests
{
    private const string Variable = "MODULARCRM_TEST_POSTGRES";

    // CI sets the variable and installs postfix; smtp-sink is then there too.
    [RequiresEnvironmentVariableFact(Variable)]
    public async Task TwoSendersOnPostgres_SendEveryMessageExactlyOnce()
    {
        var admin = Environment.GetEnvironmentVariable(Variable)!;
        var name = "mcrm_t_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE DATABASE {name}");
        var database = new PostgresDatabase(new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString);
        try
        {
            var runner = new MigrationRunner(database);
            Assert.True((await runner.MigrateCoreAsync()).Succeeded);
            var migrated = await runner.MigrateModuleAsync("emailing", "0.2.0", typeof(EmailingStartup).Assembly);
            Assert.True(migrated.Succeeded, migrated.Error);
            var shops = new ShopDbFactory(database);
            await OutboxFixture.EnqueueAsync(shops.For(1, "emailing"), 120);
            using var sink = new SmtpSink();
            var options = new SenderOptions { BatchSize = 7, RatePerMinute = 0 };
            var clock = new ManualClock(OutboxFixture.Start);

            var reports = await Task.WhenAll(
                Task.Run(() => new OutboxSender(shops.For(1, "emailing"), OutboxFixture.Smtp(sink), options, clock).SendDueAsync(CancellationToken.None)),
                Task.Run(() => new OutboxSender(shops.For(1, "emailing"), OutboxFixture.Smtp(sink), options, clock).SendDueAsync(CancellationToken.None)));

            Assert.Equal(120, reports.Sum(r => r.Sent));
            var ids = sink.Messages().Select(m => m.Header("Message-ID")).ToList();
            Assert.Equal(120, ids.Distinct().Count());
            Assert.Equal(120, ids.Count);
        }
        finally
        {
            await database.DisposeAsync();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
