using ModularCrm.Host.Tests.Data.Infrastructure;

namespace ModularCrm.Host.Tests.Data.Migrations;

public sealed class SqliteMigrationRunnerTests : MigrationRunnerTests
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());
}
