using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Newsletter.Blog;
using ModularCrm.Modules.Newsletter.Issues;
using ModularCrm.Modules.Newsletter.Lists;
using ModularCrm.Modules.Newsletter.Pages;
using ModularCrm.Modules.Newsletter.Privacy;
using ModularCrm.Modules.Newsletter.Subscriptions;
using ModularCrm.Modules.Newsletter.Unsubscribes;
using ModularCrm.Modules.Newsletter.Web;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Events;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Newsletter;

/// <summary>
/// The newsletter module: newsletters with double opt-in sign-up, issues in Markdown or HTML sent through the
/// e-mailing module's outbox (<c>IMailOutbox</c>), public archives, blog announcements as drafts.
/// </summary>
public sealed class NewsletterStartup : ModuleStartup
{
    /// <inheritdoc />
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        services.AddSingleton(context.Configuration.Get<NewsletterOptions>() ?? new NewsletterOptions());
        services.AddSingleton<SignupLimiter>();
        services.AddScoped<SignupService>();
        services.AddScoped<IssueRenderer>();
        services.AddScoped<IssueSender>();
        services.AddScoped<PublicPage>();
        services.AddSingleton<IPersonalDataHandler, NewsletterPersonalData>();
    }

    /// <inheritdoc />
    public override void Subscribe(IEventSubscriptions events)
    {
        events.On<BlogPostPublished>(BlogPostPublished.Name, BlogAnnouncement.HandleAsync);
        events.On<EmailUnsubscribed>(EmailUnsubscribed.Name, UnsubscribeHandler.HandleAsync);
    }

    /// <inheritdoc />
    public override void MapApi(IEndpointRouteBuilder api)
    {
        ListEndpoints.Map(api);
        IssueEndpoints.Map(api);
    }

    /// <inheritdoc />
    public override void MapPages(IEndpointRouteBuilder pages) => StaffPages.Map(pages);

    /// <inheritdoc />
    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "Lettres d'information", "Newsletters", 50)];

    /// <inheritdoc />
    public override void MapPublic(IEndpointRouteBuilder routes)
    {
        SignupEndpoints.Map(routes);
        ArchiveEndpoints.Map(routes);
    }

    /// <inheritdoc />
    public override IReadOnlyList<ModuleJob> Jobs =>
    [
        new("send-scheduled", TimeSpan.FromSeconds(30), SendScheduledAsync),
        new("expire-signups", TimeSpan.FromMinutes(10), ExpireSignupsAsync),
    ];

    /// <inheritdoc />
    public override IReadOnlyList<ModulePermission> Permissions =>
        [new ModulePermission("newsletter.manage", "Gérer les lettres d'information et envoyer leurs numéros")];

    private static async Task SendScheduledAsync(IServiceProvider services, CancellationToken ct)
    {
        var sender = services.GetRequiredService<IssueSender>();
        foreach (var id in await IssueStore.DueAsync(services.GetRequiredService<IShopDb>(), services.GetRequiredService<TimeProvider>().GetUtcNow(), ct))
        {
            await sender.SendAsync(id, "http://localhost", ct); // scheduling stored the base URL of the request
        }
    }

    private static Task ExpireSignupsAsync(IServiceProvider services, CancellationToken ct) =>
        SubscriptionStore.DeleteExpiredAsync(services.GetRequiredService<IShopDb>(), services.GetRequiredService<TimeProvider>().GetUtcNow(), ct);
}
