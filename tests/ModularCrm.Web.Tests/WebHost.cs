using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ModularCrm.Web.Tests;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 (a free port), on a temporary SQLite file, with the bundled modules and
/// the demo seed: one platform admin (<see cref="AdminEmail"/>) and the demo shop. Everything else is made through the pages.
/// </summary>
internal sealed class WebHost : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@modularcrm.test";
    public const string Password = "correct horse battery";

    private readonly string folder = Directory.CreateTempSubdirectory("modularcrm-web-").FullName;

    public WebHost() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    /// <summary>The address the browser opens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public string BaseUrl
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
            return addresses.Single().TrimEnd('/');
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "sqlite");
        builder.UseSetting("ConnectionStrings:ModularCrm", new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "crm.db") }.ToString());
        builder.UseSetting("Seed:Enabled", "true");
        builder.UseSetting("Seed:AdminEmail", AdminEmail);
        builder.UseSetting("Seed:AdminPassword", Password);
        builder.UseSetting("Logging:Directory", Path.Combine(folder, "logs"));
        builder.UseSetting("Logging:DisableConsole", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
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
