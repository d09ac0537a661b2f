using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Auth;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Users;

namespace ModularCrm.ModuleKit.Tests.Infrastructure;

/// <summary>
/// The real host over the real HTTP pipeline, on a SQLite file and a plugins folder of the test's choosing
/// (the pattern of ModularCrm.Host.Tests' CrmApp). Two instances on one database folder play a host restarted
/// with new modules, as in an upgrade.
/// </summary>
internal sealed class KitApp(string pluginsPath, string databaseFolder) : WebApplicationFactory<Program>
{
    /// <summary>The SQLite file behind this host.</summary>
    public string DatabasePath => Path.Combine(databaseFolder, "crm.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:ModularCrm", new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString());
        builder.UseSetting("Seed:Enabled", "false");
        builder.UseSetting("Logging:Directory", Path.Combine(databaseFolder, "logs"));
        builder.UseSetting("Logging:DisableConsole", "true");
        builder.UseSetting("Events:PollInterval", "00:00:00.050");
        builder.UseSetting("Events:FirstRetryDelay", "00:00:00.050");
        builder.UseSetting("Plugins:Path", pluginsPath);
    }

    /// <summary>Creates a shop with the given modules enabled.</summary>
    public async Task<long> CreateShopAsync(string slug, params string[] modules)
    {
        var shop = await Services.GetRequiredService<ShopStore>().CreateAsync(slug, "Boutique " + slug, null, CancellationToken.None);
        foreach (var module in modules)
        {
            await Services.GetRequiredService<ShopModules>().EnableAsync(shop.Id, module, null, CancellationToken.None);
        }

        return shop.Id;
    }

    /// <summary>The id of the shop <paramref name="slug"/>.</summary>
    public async Task<long> ShopIdAsync(string slug) =>
        (await Services.GetRequiredService<ShopStore>().FindAsync(slug, CancellationToken.None))?.Id
        ?? throw new InvalidOperationException($"No shop {slug}.");

    /// <summary>An HTTP client authenticated by an API token of a new user with <paramref name="role"/> in the shop.</summary>
    public async Task<HttpClient> ClientForAsync(long shopId, ShopRole role = ShopRole.Staff)
    {
        var users = Services.GetRequiredService<UserStore>();
        var user = await users.CreateAsync($"user{Guid.NewGuid():N}@example.fr", "correct horse battery", "Test", false, CancellationToken.None);
        await users.GrantAsync(user.Id, shopId, role, CancellationToken.None);
        var token = await Services.GetRequiredService<ApiTokenStore>().CreateAsync(user.Id, shopId, "tests", CancellationToken.None);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>The migration journal rows of <paramref name="moduleId"/>: script, module version, applied at.</summary>
    public async Task<IReadOnlyList<(string Script, string Version, string AppliedAt)>> JournalAsync(string moduleId)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT script, module_version, applied_at FROM core_migrations WHERE module_id = @module ORDER BY script";
        command.Parameters.AddWithValue("@module", moduleId);
        var rows = new List<(string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }
}
