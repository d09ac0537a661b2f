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
/// build it into a plugins folder, start the host, enable it for a shop through the API, call it.
/// </summary>
[Collection(ModuleKitCollection.Name)]
public sealed class ModuleTemplateTests(AuthorKit kit)
{
    [Fact]
    public async Task Guide_NewModuleFromTemplate_BuildsPassesItsTestsLoadsAndAnswersOnceEnabled()
    {
        var feed = await kit.PackageFolderAsync("1.0.0");
        var author = Directory.CreateDirectory(Path.Combine(kit.Root, "author")).FullName;
        var hive = Path.Combine(kit.Root, "template-hive");
        await kit.WriteNuGetConfigAsync(author, feed);
        var plugins = Path.Combine(kit.Root, "author-plugins");
        var built = await kit.Once("guide: new, test, build", async () =>
        {
            await DotNetCli.RunAsync(author, kit.AuthorEnvironment, "new", "install", Path.Combine(feed, "ModularCrm.Templates.1.0.0.nupkg"), "--debug:custom-hive", hive);
            await DotNetCli.RunAsync(author, kit.AuthorEnvironment, "new", "modularcrm-module", "-n", "Appointments", "--debug:custom-hive", hive);
            await DotNetCli.RunAsync(author, kit.AuthorEnvironment, "test", "Appointments/Appointments.Tests");
            return await DotNetCli.RunAsync(author, kit.AuthorEnvironment, "build", "Appointments/Appointments", "-c", "Release", "-o", Path.Combine(plugins, "appointments"));
        });
        Assert.Contains("Build succeeded", built);

        var database = Directory.CreateTempSubdirectory("modularcrm-kit-db-").FullName;
        using var app = new KitApp(plugins, database);
        var module = app.Services.GetRequiredService<ModuleCatalog>().Find("appointments");
        Assert.True(module?.State == ModuleState.Loaded, $"appointments not loaded: {module}");
        var shop = await app.CreateShopAsync("salon");
        using var admin = await app.ClientForAsync(shop, ShopRole.Admin);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/shops/salon/appointments/notes")).StatusCode);

        var enable = await admin.PostAsync("/api/shops/salon/modules/appointments/enable", null);
        Assert.Equal(HttpStatusCode.OK, enable.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/shops/salon/appointments/notes")).StatusCode);
        Assert.Contains("0 note(s)", await admin.GetStringAsync("/shops/salon/appointments"));
        await app.Services.GetRequiredService<ShopDbFactory>().For(shop, "contacts").InTransactionAsync(async tx =>
        {
            await tx.PublishAsync("contacts.contact-created", new { ContactId = 7L, DisplayName = "Camille Martin" });
            return 0;
        });
        var deadline = DateTime.UtcNow.AddSeconds(15);
        List<NoteView> notes;
        do
        {
            await Task.Delay(50);
            notes = await admin.GetFromJsonAsync<List<NoteView>>("/api/shops/salon/appointments/notes") ?? [];
        }
        while (notes.Count == 0 && DateTime.UtcNow < deadline);
        Assert.Equal("Nouveau contact : Camille Martin", Assert.Single(notes).Text);
    }

    private sealed record NoteView(long Id, string Text);
}
