using ModularCrm.Host.Tests.Data.Infrastructure;

namespace ModularCrm.Host.Tests.Data.Migrations;

[RequiresDatabase(Engines.SqlServerVariable, ExemptFromRequireAllBecause = Engines.SqlServerExemption)]
public sealed class SqlServerMigrationRunnerTests : MigrationRunnerTests
{
    protected override async Task<TestDatabase> CreateDatabaseAsync() => await SqlServerTestDatabase.CreateAsync(ConnectionStringOrFail());
}
