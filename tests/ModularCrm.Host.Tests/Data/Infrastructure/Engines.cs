namespace ModularCrm.Host.Tests.Data.Infrastructure;

/// <summary>The variables that point the per-engine tests at a server.</summary>
public static class Engines
{
    /// <summary>PostgreSQL connection string; .ci/run starts PostgreSQL 15 and sets it.</summary>
    public const string PostgresVariable = "MODULARCRM_TEST_POSTGRES";

    /// <summary>SQL Server connection string.</summary>
    public const string SqlServerVariable = "MODULARCRM_TEST_SQLSERVER";

    /// <summary>
    /// Why CI does not demand SQL Server: no SQL Server can run on these machines (no Docker engine, the server
    /// is not in Debian), so MODULARCRM_REQUIRE_ALL=1 would fail every run for a reason no one can fix here.
    /// The SQL Server driver itself is still proven by a test that reaches a real SqlException.
    /// </summary>
    public const string SqlServerExemption = "no SQL Server can run on the CI machines (no Docker, not in Debian)";
}
