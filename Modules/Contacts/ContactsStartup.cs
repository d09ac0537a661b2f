using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Audience;
using ModularCrm.Modules.Contacts.Consents;
using ModularCrm.Modules.Contacts.CustomFields;
using ModularCrm.Modules.Contacts.Duplicates;
using ModularCrm.Modules.Contacts.Home;
using ModularCrm.Modules.Contacts.Import;
using ModularCrm.Modules.Contacts.Import.Jobs;
using ModularCrm.Modules.Contacts.Insight;
using ModularCrm.Modules.Contacts.Interactions;
using ModularCrm.Modules.Contacts.Pages;
using ModularCrm.Modules.Contacts.Pages.Register;
using ModularCrm.Modules.Contacts.Privacy;
using ModularCrm.Modules.Contacts.Purchases;
using ModularCrm.Modules.Contacts.Segments;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;
using ModularCrm.Sdk.Home;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Contacts;

/// <summary>The contacts module: the shop's customer file.</summary>
public sealed class ContactsStartup : ModuleStartup
{
    private ContactsOptions options = new();

    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        options = context.Configuration.Get<ContactsOptions>() ?? new ContactsOptions();
        services.AddSingleton(options);
        services.AddSingleton(new ImportFiles(options));
        services.AddSingleton<IPersonalDataHandler, ContactsPersonalDataHandler>();
        services.AddSingleton<IAudience, ContactAudience>();
        services.AddSingleton<IAudienceSignup, ContactSignup>();
        services.AddSingleton<IContactDirectory, CustomerFile.ContactDirectory>();
        services.AddSingleton(new ModuleManifestFile(context.Directory));
    }

    public override void Subscribe(IEventSubscriptions events)
    {
        events.On<InteractionRequested>(InteractionRequested.Name, InteractionRequestHandler.HandleAsync);
        events.On<SalesDocumentValidated>(SalesDocumentValidated.Invoice, PurchaseStore.Handler("invoice"));
        events.On<SalesDocumentValidated>(SalesDocumentValidated.CreditNote, PurchaseStore.Handler("credit_note"));
    }

    public override void MapApi(IEndpointRouteBuilder api)
    {
        ContactEndpoints.Map(api);
        ConsentEndpoints.Map(api);
        InteractionEndpoints.Map(api);
        ImportEndpoints.Map(api);
        SegmentEndpoints.Map(api);
        InsightEndpoints.Map(api);
        PrivacyEndpoints.Map(api);
        DuplicateEndpoints.Map(api);
        CustomFieldEndpoints.Map(api);
    }

    public override void MapPages(IEndpointRouteBuilder pages) => ContactPages.Map(pages);

    public override Task<IReadOnlyList<HomeFigure>> HomeFiguresAsync(IServiceProvider shopServices, CancellationToken cancellationToken) =>
        ContactsHome.FiguresAsync(shopServices.GetRequiredService<IShopDb>(), shopServices.GetRequiredService<TimeProvider>(), cancellationToken);

    public override IReadOnlyList<ModuleJob> Jobs => [new(ImportJob.Name, options.ImportInterval, ImportJob.RunAsync)];

    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "Contacts", "Contacts", 10)];

    public override IReadOnlyList<ModulePermission> Permissions =>
    [
        new ModulePermission("contacts.read", "Consulter le fichier client"),
        new ModulePermission("contacts.write", "Créer et modifier des contacts"),
    ];
}
