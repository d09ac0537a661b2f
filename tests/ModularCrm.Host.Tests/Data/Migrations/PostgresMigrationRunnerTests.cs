using ModularCrm.Host.Tests.Data.Infrastructure;

namespace ModularCrm.Host.Tests.Data.Migrations;

[RequiresDatabase(Engines.PostgresVariable)]
public sealed class PostgresMigrationRunnerTests : MigrationRunnerTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync(ConnectionStringOrFail());
}
