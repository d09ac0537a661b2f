using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Fixtures.NativeSqlite;

/// <summary>Exposes a query run by its private SQLite as a keyed service.</summary>
public sealed class NativeSqliteStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, ModuleContext context) =>
        services.AddKeyedSingleton<Func<string, string>>(context.ModuleId, (_, _) => Scalar);

    private static string Scalar(string sql)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
