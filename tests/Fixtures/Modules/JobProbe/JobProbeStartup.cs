using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Sdk;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Fixtures.JobProbe;

/// <summary>
/// One job, <see cref="TickJob"/>, that writes a row per run with the shop it was given and a template rendered for
/// it, using only what its scope provides. It throws for shops whose slug starts with <see cref="FailingSlugPrefix"/>.
/// </summary>
public sealed class JobProbeStartup : ModuleStartup
{
    /// <summary>The job's name.</summary>
    public const string TickJob = "tick";

    /// <summary>Shops whose slug starts with this make the job throw, to show one shop's failure stays its own.</summary>
    public const string FailingSlugPrefix = "boom";

    public override IReadOnlyList<ModuleJob> Jobs =>
    [
        new(TickJob, TimeSpan.FromMilliseconds(100), async (services, ct) =>
        {
            var shop = services.GetRequiredService<ShopContext>();
            if (shop.Slug.StartsWith(FailingSlugPrefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"job-probe fails for {shop.Slug} on purpose");
            }

            var rendered = await services.GetRequiredService<ITemplateRenderer>().RenderAsync("tick.txt", new { ShopName = shop.Name }, ct);
            await services.GetRequiredService<IShopDb>().ExecuteAsync(
                "INSERT INTO jobprobe_runs (shop_id, shop_slug, rendered) VALUES (@shop, @slug, @rendered)",
                new { slug = shop.Slug, rendered },
                ct);
        }),
    ];
}
