namespace ModularCrm.Host.Data;

/// <summary>
/// Which engine the host uses: <c>Database:Provider</c> (<c>sqlite</c>, the default, <c>sqlserver</c> or
/// <c>postgres</c>) and <c>ConnectionStrings:ModularCrm</c> (optional for SQLite).
/// </summary>
public sealed class DatabaseOptions
{
    /// <summary>The configuration section holding <see cref="Provider"/>.</summary>
    public const string Section = "Database";

    /// <summary>The name under <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "ModularCrm";

    /// <summary>The engine: <c>sqlite</c>, <c>sqlserver</c> or <c>postgres</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>The connection string; for SQLite, null means <c>data/modularcrm.db</c> under the content root.</summary>
    public string? ConnectionString { get; set; }
}
