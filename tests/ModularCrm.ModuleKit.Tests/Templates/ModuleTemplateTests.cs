using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Data.Shops;
using ModularCrm.Host.Modules;
using ModularCrm.Host.Users;
using ModularCrm.ModuleKit.Tests.Infrastructure;

namespace ModularCrm.ModuleKit.Tests.Templates;

/// <summary>
/// docs/modules.md followed from an empty folder: install the template package, create a module, run its tests,
/// build it into a plugins folder, create a shop and enable the module with the host's commands, call it.
/// </summary>
[Collection(ModuleKitCollection.Name)]
public sealed class ModuleTemplateTests(AuthorKit kit)
{
    private const string HostCommand = "dotnet run --project Host -- ";

    /// <summary>The guide's commands, word for word; <c>$PACKAGES</c> and <c>$PLUGINS</c> as the guide defines them.</summary>
    private static readonly string[] GuideCommands =
    [
        "dotnet new install $PACKAGES/ModularCrm.Templates.1.1.0.nupkg",
        "dotnet new modularcrm-module -n Appointments",
        "dotnet test Appointments/Appointments.Tests",
        "dotnet build Appointments/Appointments -c Release -o $PLUGINS/appointments",
        HostCommand + "shops create salon --name Salon",
        HostCommand + "modules enable appointments --shop salon",
    ];

    [Fact]
    public void Guide_ShowsEveryCommandThisTestRuns()
    {
        var guide = File.ReadAllText(AuthorKit.RepoFile("docs/modules.md"));

        Assert.All(GuideCommands, command => Assert.Contains(command, guide));
    }

    [Fact]
    public async Task Guide_NewModuleFromTemplate_BuildsPassesItsTestsLoadsAndAnswersOnceEnabled()
    {
        var packages = await kit.PackageFolderAsync("1.1.0");
        var author = Directory.CreateDirectory(Path.Combine(kit.Root, "author")).FullName;
        var plugins = Path.Combine(kit.Root, "author-plugins");
        var database = Directory.CreateTempSubdirectory("modularcrm-kit-db-").FullName;
        await kit.WriteNuGetConfigAsync(author, packages);
        await kit.Once("guide commands", async () =>
        {
            foreach (var command in GuideCommands)
            {
                await RunAsync(command.Replace("$PACKAGES", packages).Replace("$PLUGINS", plugins), author, database, plugins);
            }

            return plugins;
        });

        using var app = new KitApp(plugins, database);
        var module = app.Services.GetRequiredService<ModuleCatalog>().Find("appointments");
        Assert.True(module?.State == ModuleState.Loaded, $"appointments not loaded: {module}");
        var salon = await app.ShopIdAsync("salon");
        using var salonStaff = await app.ClientForAsync(salon);
        Assert.Equal(HttpStatusCode.OK, (await salonStaff.GetAsync("/api/shops/salon/appointments/notes")).StatusCode);
        Assert.Contains("0 note(s)", await salonStaff.GetStringAsync("/shops/salon/appointments"));

        // The guide's other way: a shop admin enables it through the API.
        var atelier = await app.CreateShopAsync("atelier");
        using var atelierAdmin = await app.ClientForAsync(atelier, ShopRole.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await atelierAdmin.GetAsync("/api/shops/atelier/appointments/notes")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await atelierAdmin.PostAsync("/api/shops/atelier/modules/appointments/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await atelierAdmin.GetAsync("/api/shops/atelier/appointments/notes")).StatusCode);

        // The template's event handler: a contact created in the salon becomes a note there.
        await app.Services.GetRequiredService<ShopDbFactory>().For(salon, "contacts").InTransactionAsync(async tx =>
        {
            await tx.PublishAsync("contacts.contact-created", new { ContactId = 7L, DisplayName = "Camille Martin" });
            return 0;
        });
        var notes = await WaitForNotesAsync(salonStaff);
        Assert.Equal("Nouveau contact : Camille Martin", Assert.Single(notes).Text);

        // The page is the module's Scriban template rendered by the host: the count, then the note itself.
        var page = await salonStaff.GetStringAsync("/shops/salon/appointments");
        Assert.Contains("1 note(s)", page);
        Assert.Contains("<li>Nouveau contact : Camille Martin</li>", page);
    }

    /// <summary>
    /// Runs one guide command. `dotnet new` gets a private template hive, so that the machine's own template list is
    /// untouched; the host's commands run on the host these tests reference, with the test's database and plugins.
    /// </summary>
    private async Task RunAsync(string command, string author, string database, string plugins)
    {
        var environment = new Dictionary<string, string>(kit.AuthorEnvironment);
        if (command.StartsWith(HostCommand, StringComparison.Ordinal))
        {
            environment["ConnectionStrings__ModularCrm"] = $"Data Source={Path.Combine(database, "crm.db")}";
            environment["Database__Provider"] = "sqlite";
            environment["Plugins__Path"] = plugins;
            environment["Seed__Enabled"] = "false";
            environment["Logging__Directory"] = Path.Combine(database, "logs");
            environment["Logging__DisableConsole"] = "true";
            command = $"dotnet {Path.Combine(AppContext.BaseDirectory, "ModularCrm.Host.dll")} " + command[HostCommand.Length..];
        }
        else if (command.StartsWith("dotnet new ", StringComparison.Ordinal))
        {
            command += $" --debug:custom-hive {Path.Combine(kit.Root, "template-hive")}";
        }

        await DotNetCli.RunAsync(author, environment, command.Split(' ')[1..]);
    }

    private static async Task<List<NoteView>> WaitForNotesAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var notes = await client.GetFromJsonAsync<List<NoteView>>("/api/shops/salon/appointments/notes") ?? [];
            if (notes.Count > 0 || DateTime.UtcNow > deadline)
            {
                return notes;
            }

            await Task.Delay(50);
        }
    }

    private sealed record NoteView(long Id, string Text);
}
