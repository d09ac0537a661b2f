using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data.Migrations;
using ModularCrm.Host.Data.Shops;

namespace ModularCrm.Host.Data;

/// <summary>Registers the database, the migration runner and the shop helpers.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="DatabaseOptions"/> (from <c>Database:Provider</c> and <c>ConnectionStrings:ModularCrm</c>),
    /// the <see cref="Database"/>, <see cref="MigrationRunner"/> and <see cref="ShopDbFactory"/> as singletons.
    /// Relative SQLite paths, and the default <c>data/modularcrm.db</c>, are taken from <paramref name="contentRoot"/>.
    /// </summary>
    public static IServiceCollection AddModularCrmData(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new DatabaseOptions
        {
            Provider = configuration[$"{DatabaseOptions.Section}:Provider"] ?? "sqlite",
            ConnectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName),
        };
        services.AddSingleton(options);
        services.AddSingleton(_ => DatabaseFactory.Create(options, contentRoot));
        services.AddSingleton<MigrationRunner>();
        services.AddSingleton<ShopDbFactory>();
        return services;
    }
}
