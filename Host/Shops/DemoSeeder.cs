using System.Security.Cryptography;
using ModularCrm.Host.Core;
using ModularCrm.Host.Users;

namespace ModularCrm.Host.Shops;

/// <summary>
/// On a fresh database, creates a demo shop with every running module enabled and an admin account, so that
/// <c>dotnet run --project Host</c> gives something to use at once. The password comes from configuration
/// (<c>Seed:AdminPassword</c>) or is generated and written once to the console — never to the logs.
/// </summary>
internal sealed class DemoSeeder(ShopStore shops, ShopModules shopModules, UserStore users, ModuleRuntime modules, IConfiguration configuration, ILogger<DemoSeeder> logger)
{
    public async Task SeedIfEmptyAsync(TextWriter console, CancellationToken ct)
    {
        if (!configuration.GetValue("Seed:Enabled", true) || (await shops.ListAsync(ct)).Count > 0)
        {
            return;
        }

        var shop = await shops.CreateAsync(
            configuration["Seed:ShopSlug"] ?? "demo",
            configuration["Seed:ShopName"] ?? "Boutique de démonstration",
            culture: null,
            ct);
        foreach (var module in modules.Infos().Where(m => m.IsRunning))
        {
            await shopModules.EnableAsync(shop.Id, module.Id, null, ct);
        }

        var email = configuration["Seed:AdminEmail"] ?? "admin@modularcrm.local";
        var configuredPassword = configuration["Seed:AdminPassword"];
        var password = string.IsNullOrEmpty(configuredPassword) ? GeneratePassword() : configuredPassword;
        var admin = await users.CreateAsync(email, password, "Administrateur", isPlatformAdmin: true, ct);
        await users.GrantAsync(admin.Id, shop.Id, ShopRole.Admin, ct);
        logger.LogInformation("Demo shop {Shop} created with {ModuleCount} modules and admin {Email}", shop.Slug, modules.Infos().Count(m => m.IsRunning), email);
        if (string.IsNullOrEmpty(configuredPassword))
        {
            console.WriteLine($"""

                ==== ModularCrm : première installation ====
                Boutique de démonstration : {shop.Slug}
                Administrateur : {email}
                Mot de passe   : {password}
                (affiché une seule fois : notez-le)
                ============================================

                """);
        }
    }

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y');
}
