using ModularCrm.Host.Data;

namespace ModularCrm.Host.Tests.Data.Infrastructure;

/// <summary>
/// Base of the tests written once and run per engine (the pattern of Dapper's own tests): each engine's
/// subclass says how to create a fresh database; every test gets its own.
/// </summary>
public abstract class DatabaseTestBase : IAsyncLifetime
{
    private TestDatabase? testDatabase;

    /// <summary>The fresh database of the current test.</summary>
    protected Database Database => testDatabase?.Database ?? throw new InvalidOperationException("Not initialised.");

    /// <inheritdoc />
    public async Task InitializeAsync() => testDatabase = await CreateDatabaseAsync();

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (testDatabase is not null)
        {
            await testDatabase.DisposeAsync();
        }
    }

    /// <summary>Creates the engine's fresh database.</summary>
    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    /// <summary>The connection string of a server engine, or a failure saying which variable is missing.</summary>
    protected string ConnectionStringOrFail()
    {
        var requirement = (RequiresDatabaseAttribute?)Attribute.GetCustomAttribute(GetType(), typeof(RequiresDatabaseAttribute))
            ?? throw new InvalidOperationException($"{GetType().Name} has no [RequiresDatabase].");
        return requirement.ConnectionString
            ?? throw new InvalidOperationException($"{requirement.Variable} is not set, and MODULARCRM_REQUIRE_ALL=1 requires this engine.");
    }
}
