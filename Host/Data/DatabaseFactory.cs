namespace ModularCrm.Host.Data;

/// <summary>Builds the <see cref="Database"/> that <see cref="DatabaseOptions"/> describe.</summary>
public static class DatabaseFactory
{
    /// <summary>
    /// The database for <paramref name="options"/>; relative SQLite paths are taken from <paramref name="contentRoot"/>.
    /// Throws <see cref="InvalidOperationException"/> naming the setting when the provider is unknown or a
    /// server engine has no connection string.
    /// </summary>
    public static Database Create(DatabaseOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var provider = (options.Provider ?? "sqlite").Trim().ToLowerInvariant();
        return provider switch
        {
            "sqlite" or "" => new SqliteDatabase(string.IsNullOrWhiteSpace(options.ConnectionString)
                ? SqliteDatabase.DefaultConnectionString(contentRoot)
                : SqliteDatabase.ResolveRelativeTo(options.ConnectionString, contentRoot)),
            "sqlserver" => new SqlServerDatabase(Required(options, provider)),
            "postgres" => new PostgresDatabase(Required(options, provider)),
            _ => throw new InvalidOperationException(
                $"Database:Provider is '{options.Provider}': use sqlite, sqlserver or postgres."),
        };
    }

    private static string Required(DatabaseOptions options, string provider) =>
        string.IsNullOrWhiteSpace(options.ConnectionString)
            ? throw new InvalidOperationException(
                $"Database:Provider is '{provider}' but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is empty.")
            : options.ConnectionString;
}
