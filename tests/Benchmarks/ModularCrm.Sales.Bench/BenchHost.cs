using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ModularCrm.Sales.Bench;

/// <summary>The real host in-process (the whole ASP.NET Core pipeline, in-memory transport) on its own SQLite file.</summary>
internal sealed class BenchHost(string databasePath) : WebApplicationFactory<Program>
{
    /// <summary>The settings the host and its admin CLI both run with.</summary>
    public static Dictionary<string, string> Settings(string databasePath) => new()
    {
        ["Database:Provider"] = "sqlite",
        ["ConnectionStrings:ModularCrm"] = new SqliteConnectionStringBuilder { DataSource = databasePath }.ToString(),
        ["Seed:Enabled"] = "false",
        ["Logging:Directory"] = Path.Combine(Path.GetDirectoryName(databasePath)!, "logs"),
        ["Logging:DisableConsole"] = "true",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings(databasePath))
        {
            builder.UseSetting(key, value);
        }
    }
}
