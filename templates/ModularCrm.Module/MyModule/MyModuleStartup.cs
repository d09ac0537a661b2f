using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Events;
using ModularCrm.Sdk.Modules;
using MyModule.Api;
using MyModule.Events;
using MyModule.Pages;

namespace MyModule;

/// <summary>The module's entry point: the host calls it to wire services, events, API and pages.</summary>
public sealed class MyModuleStartup : ModuleStartup
{
    /// <inheritdoc />
    public override void Subscribe(IEventSubscriptions events) => ContactCreatedHandler.Subscribe(events);

    /// <inheritdoc />
    public override void MapApi(IEndpointRouteBuilder api) => NoteEndpoints.Map(api);

    /// <inheritdoc />
    public override void MapPages(IEndpointRouteBuilder pages) => NotesPage.Map(pages);

    /// <inheritdoc />
    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "MyModule", "MyModule", 100)];

    /// <inheritdoc />
    public override IReadOnlyList<ModulePermission> Permissions => [new ModulePermission("mymodule.write", "Écrire des notes")];
}
