using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Auth;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Tests.Infrastructure;

/// <summary>
/// The real host over the real HTTP pipeline, on its own SQLite file and (optionally) its own plugins folder.
/// No seed: each test creates the shops, users and tokens it needs through the host's own services.
/// </summary>
internal sealed class CrmApp : WebApplicationFactory<Program>
{
    private readonly string folder;
    private readonly bool ownsFolder;

    /// <summary>A host on a new database, or on the database of <paramref name="sameDatabaseAs"/> (a restart).</summary>
    public CrmApp(CrmApp? sameDatabaseAs = null)
    {
        ownsFolder = sameDatabaseAs is null;
        folder = sameDatabaseAs?.folder ?? Directory.CreateTempSubdirectory("modularcrm-app-").FullName;
    }

    /// <summary>The plugins folder to load; null for the bundled modules copied into the test output.</summary>
    public string? PluginsPath { get; init; }

    /// <summary>Extra configuration, e.g. <c>Events:MaxAttempts</c>.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>The clock every service reads (<c>TimeProvider</c>); null for the system clock.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The SQLite file behind this host.</summary>
    public string DatabasePath => Path.Combine(folder, "crm.db");

    /// <summary>Where the JSON log files go.</summary>
    public string LogDirectory => Path.Combine(folder, "logs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:ModularCrm", new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString());
        builder.UseSetting("Seed:Enabled", "false");
        builder.UseSetting("Logging:Directory", LogDirectory);
        builder.UseSetting("Logging:DisableConsole", "true");
        builder.UseSetting("Events:PollInterval", "00:00:00.050");
        builder.UseSetting("Events:FirstRetryDelay", "00:00:00.050");

        // Tests run module jobs when they choose (ModuleJobRunner); a test of the schedule itself turns this on.
        builder.UseSetting("Jobs:Enabled", "false");
        if (PluginsPath is not null)
        {
            builder.UseSetting("Plugins:Path", PluginsPath);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    /// <summary>Creates a shop with the given modules enabled (in that order).</summary>
    public async Task<long> CreateShopAsync(string slug, params string[] modules)
    {
        var shop = await Services.GetRequiredService<ShopStore>().CreateAsync(slug, "Boutique " + slug, null, CancellationToken.None);
        foreach (var module in modules)
        {
            await Services.GetRequiredService<ShopModules>().EnableAsync(shop.Id, module, null, CancellationToken.None);
        }

        return shop.Id;
    }

    /// <summary>Creates a user with a role in a shop and returns an HTTP client authenticated by an API token for it.</summary>
    public async Task<HttpClient> ClientForAsync(long shopId, ShopRole role = ShopRole.Staff, string? email = null)
    {
        var users = Services.GetRequiredService<UserStore>();
        var user = await users.CreateAsync(email ?? $"user{Guid.NewGuid():N}@example.fr", "correct horse battery", "Test", false, CancellationToken.None);
        await users.GrantAsync(user.Id, shopId, role, CancellationToken.None);
        var token = await Services.GetRequiredService<ApiTokenStore>().CreateAsync(user.Id, shopId, "tests", CancellationToken.None);
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A platform admin's client (not bound to a shop: signed in with a cookie).</summary>
    public async Task<HttpClient> PlatformAdminClientAsync()
    {
        var email = $"admin{Guid.NewGuid():N}@example.fr";
        await Services.GetRequiredService<UserStore>().CreateAsync(email, "correct horse battery", "Admin", true, CancellationToken.None);
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInAsync(client, email, "correct horse battery");
        return client;
    }

    /// <summary>Signs in through the real form, antiforgery token included.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password)
    {
        var page = await client.GetStringAsync("/account/sign-in");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        return await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token),
            ["email"] = email,
            ["password"] = password,
            ["returnUrl"] = "/",
        }));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsFolder)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A log file still held by a closing sink: the temp folder is cleaned by the OS later.
            }
        }
    }
}
