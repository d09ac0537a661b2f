using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Modules;

namespace ModularCrm.Modules.Contacts;

/// <summary>The contacts module: the shop's customer file.</summary>
public sealed class ContactsStartup : ModuleStartup
{
    public override void MapApi(IEndpointRouteBuilder api) => ContactEndpoints.Map(api);

    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "Contacts", "Contacts", 10)];

    public override IReadOnlyList<ModulePermission> Permissions =>
    [
        new ModulePermission("contacts.read", "Consulter le fichier client"),
        new ModulePermission("contacts.write", "Créer et modifier des contacts"),
    ];
}
