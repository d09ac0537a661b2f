using ModularCrm.Host.Auth;
using ModularCrm.Host.Shops;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;

namespace ModularCrm.Host.Cli;

/// <summary>
/// The admin commands of the Host executable (<c>dotnet run --project Host -- shops list</c>). They run against
/// the same configuration and database as the web host, after migrations, and never start the web server.
/// </summary>
internal sealed class AdminCli(ShopStore shops, ShopModules modules, UserStore users, ApiTokenStore tokens, TextWriter output)
{
    public const string Usage =
        """
        Usage : ModularCrm.Host [commande]
          (aucune commande)                       démarre le serveur web
          migrate                                 applique les migrations en attente puis s'arrête
          shops list                              liste les boutiques
          shops create <slug> --name <nom> [--culture fr-FR|en-GB|en-US]
          modules list [--shop <slug>]            modules trouvés (et leur état pour une boutique)
          modules enable <id> --shop <slug>       active un module pour une boutique
          modules disable <id> --shop <slug>      désactive un module (les données sont gardées)
          users create <email> --password <mdp> [--name <nom>] [--platform-admin] [--shop <slug> --role admin|staff]
          tokens create <email> --shop <slug> --name <nom>   jeton d'API pour une boutique (affiché une seule fois)
          tokens revoke <email> --name <nom>      révoque un jeton
        """;

    private static readonly string[] Commands = ["migrate", "shops", "modules", "users", "tokens", "help", "--help", "-h"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    /// <summary>Runs the command; returns the process exit code (0 done, 1 refused, 2 usage error).</summary>
    public async Task<int> RunAsync(string[] args, IReadOnlyList<ModularCrm.Host.Core.ModuleInfo> found, CancellationToken ct)
    {
        var words = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var options = ParseOptions(args.Skip(words.Length).ToArray());
        try
        {
            switch (words)
            {
                case ["migrate"]:
                    output.WriteLine("Migrations appliquées.");
                    return 0;
                case ["shops", "list"]:
                    foreach (var shop in await shops.ListAsync(ct))
                    {
                        output.WriteLine($"{shop.Slug}\t{shop.Name}\t{shop.Culture}");
                    }

                    return 0;
                case ["shops", "create", var slug]:
                    var created = await shops.CreateAsync(slug, Required(options, "name"), options.GetValueOrDefault("culture"), ct);
                    output.WriteLine($"Boutique « {created.Name} » créée ({created.Slug}).");
                    return 0;
                case ["modules", "list"] when options.GetValueOrDefault("shop") is { } listShop:
                    foreach (var status in await modules.ListAsync((await ShopAsync(listShop, ct)).Id, ct))
                    {
                        output.WriteLine($"{status.Id}\t{status.Version}\t{status.State}\t{status.Reason}");
                    }

                    return 0;
                case ["modules", "list"]:
                    foreach (var module in found)
                    {
                        output.WriteLine($"{module.Id}\t{module.Version}\t{module.State}\tSDK {module.SdkRange}\t{module.Reason}");
                    }

                    return 0;
                case ["modules", "enable", var id]:
                    var enabled = await modules.EnableAsync((await ShopAsync(Required(options, "shop"), ct)).Id, id, null, ct);
                    output.WriteLine($"{enabled.Id} : {enabled.State}");
                    return 0;
                case ["modules", "disable", var id]:
                    var disabled = await modules.DisableAsync((await ShopAsync(Required(options, "shop"), ct)).Id, id, null, ct);
                    output.WriteLine($"{disabled.Id} : {disabled.State}");
                    return 0;
                case ["users", "create", var email]:
                    var user = await users.CreateAsync(email, Required(options, "password"), options.GetValueOrDefault("name") ?? email, options.ContainsKey("platform-admin"), ct);
                    if (options.GetValueOrDefault("shop") is { } userShop)
                    {
                        var role = options.GetValueOrDefault("role") switch
                        {
                            null or "staff" => ShopRole.Staff,
                            "admin" => ShopRole.Admin,
                            var other => throw new UserInputException("role", $"Rôle « {other} » inconnu : admin ou staff."),
                        };
                        await users.GrantAsync(user.Id, (await ShopAsync(userShop, ct)).Id, role, ct);
                    }

                    output.WriteLine($"Utilisateur {user.Email} créé.");
                    return 0;
                case ["tokens", "create", var email]:
                    var owner = await users.FindAsync(email, ct) ?? throw new UserInputException("email", $"Aucun utilisateur « {email} ».");
                    var tokenShop = await ShopAsync(Required(options, "shop"), ct);
                    output.WriteLine(await tokens.CreateAsync(owner.Id, tokenShop.Id, Required(options, "name"), ct));
                    return 0;
                case ["tokens", "revoke", var email]:
                    var holder = await users.FindAsync(email, ct) ?? throw new UserInputException("email", $"Aucun utilisateur « {email} ».");
                    var revoked = await tokens.RevokeAsync(holder.Id, Required(options, "name"), ct);
                    output.WriteLine($"{revoked} jeton(s) révoqué(s).");
                    return revoked > 0 ? 0 : 1;
                default:
                    output.WriteLine(Usage);
                    return words is ["help"] || args is ["--help"] or ["-h"] ? 0 : 2;
            }
        }
        catch (UserInputException error)
        {
            output.WriteLine($"Refusé ({error.Field}) : {error.Reason}");
            return 1;
        }
    }

    private async Task<Shop> ShopAsync(string slug, CancellationToken ct) =>
        await shops.FindAsync(slug, ct) ?? throw new UserInputException("shop", $"Aucune boutique « {slug} ».");

    private static string Required(Dictionary<string, string?> options, string name) =>
        options.GetValueOrDefault(name) is { Length: > 0 } value ? value : throw new UserInputException(name, $"l'option --{name} est obligatoire.");

    private static Dictionary<string, string?> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new UserInputException(args[i], "argument inattendu après les options.");
            }

            var name = args[i][2..];
            var hasValue = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options[name] = hasValue ? args[++i] : null;
        }

        return options;
    }
}
