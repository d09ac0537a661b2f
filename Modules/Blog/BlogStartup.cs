using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Blog.Comments;
using ModularCrm.Modules.Blog.Content;
using ModularCrm.Modules.Blog.Pages;
using ModularCrm.Modules.Blog.Posts;
using ModularCrm.Modules.Blog.Privacy;
using ModularCrm.Modules.Blog.Public;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Home;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Privacy;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Blog;

/// <summary>The blog module: posts in Markdown, public pages and feeds, moderated comments, announcements of new posts.</summary>
public sealed class BlogStartup : ModuleStartup
{
    /// <inheritdoc />
    public override void ConfigureServices(IServiceCollection services, ModuleContext context)
    {
        var options = context.Configuration.Get<BlogOptions>() ?? new BlogOptions();
        services.AddSingleton(options);
        services.AddSingleton(new MediaStore(options));
        services.AddSingleton<CommentGuard>();
        services.AddScoped<CommentPoster>();
        services.AddScoped<PostEditor>();
        services.AddSingleton<IPersonalDataHandler, BlogPersonalDataHandler>();
    }

    /// <inheritdoc />
    public override void MapApi(IEndpointRouteBuilder api)
    {
        PostEndpoints.Map(api);
        CommentEndpoints.Map(api);
    }

    /// <inheritdoc />
    public override void MapPages(IEndpointRouteBuilder pages) => StaffPages.Map(pages);

    /// <inheritdoc />
    public override void MapPublic(IEndpointRouteBuilder routes) => PublicEndpoints.Map(routes);

    /// <inheritdoc />
    public override IReadOnlyList<NavigationEntry> Navigation => [new NavigationEntry(string.Empty, "Blog", "Blog", 60)];

    /// <inheritdoc />
    public override IReadOnlyList<ModuleJob> Jobs =>
    [
        new("publish-scheduled", TimeSpan.FromSeconds(30), PublishScheduledAsync),
        new("forget-comment-ips", TimeSpan.FromHours(6), ForgetIpsAsync),
    ];

    /// <inheritdoc />
    public override async Task<IReadOnlyList<HomeFigure>> HomeFiguresAsync(IServiceProvider shopServices, CancellationToken cancellationToken)
    {
        var db = shopServices.GetRequiredService<IShopDb>();
        var pending = await CommentStore.CountAsync(db, CommentStatus.Pending, cancellationToken);
        return [new HomeFigure("Commentaires à modérer", "Comments to moderate", pending, Path: "comments")];
    }

    /// <inheritdoc />
    public override IReadOnlyList<ModulePermission> Permissions =>
    [
        new ModulePermission("blog.write", "Écrire et publier des articles du blog"),
        new ModulePermission("blog.moderate", "Modérer les commentaires du blog"),
    ];

    private static Task PublishScheduledAsync(IServiceProvider services, CancellationToken ct) =>
        PostAnnouncer.PublishDueAsync(
            services.GetRequiredService<IShopDb>(),
            services.GetRequiredService<BlogOptions>(),
            services.GetRequiredService<ShopContext>().Slug,
            services.GetRequiredService<TimeProvider>().GetUtcNow(),
            ct);

    private static Task ForgetIpsAsync(IServiceProvider services, CancellationToken ct)
    {
        var options = services.GetRequiredService<BlogOptions>();
        return CommentStore.ForgetIpsAsync(services.GetRequiredService<IShopDb>(), services.GetRequiredService<TimeProvider>().GetUtcNow() - options.IpRetention, ct);
    }
}
