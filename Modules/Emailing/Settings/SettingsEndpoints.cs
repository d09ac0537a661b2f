using System.Net.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Emailing.Settings;

/// <summary><c>GET/PUT /settings</c>: sender address and name, allowed hosts for tracked links. The signing key never leaves the server.</summary>
internal static class SettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/settings").WithTags("Emailing");
        group.MapGet("/", async (IShopDb db, EmailingOptions options, CancellationToken ct) => View(await SettingsStore.GetAsync(db, ct), options))
            .WithName("emailing.settings.get");
        group.MapPut("/", SaveAsync).WithName("emailing.settings.save");
    }

    private static async Task<IResult> SaveAsync(IShopDb db, EmailingOptions options, SettingsInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (input.FromAddress is { } from && !MailAddress.TryCreate(from, out _))
        {
            errors["fromAddress"] = [$"« {from} » n'est pas une adresse e-mail."];
        }

        var hosts = (input.AllowedHosts ?? []).Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).Distinct().ToList();
        var bad = hosts.Where(h => Uri.CheckHostName(h) is not (UriHostNameType.Dns or UriHostNameType.IPv4)).ToList();
        if (bad.Count > 0)
        {
            errors["allowedHosts"] = [$"Noms d'hôte invalides (sans https:// ni chemin) : {string.Join(", ", bad)}."];
        }

        if (string.Join(',', hosts).Length > 1000 || input.FromName is { Length: > 200 })
        {
            errors["allowedHosts"] = ["Trop d'hôtes (1 000 caractères au plus) ou nom d'expéditeur trop long (200)."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Réglages refusés");
        }

        await SettingsStore.GetAsync(db, ct);
        await SettingsStore.SaveAsync(db, input.FromAddress?.Trim(), input.FromName?.Trim(), hosts.Count == 0 ? null : string.Join(',', hosts), ct);
        return View(await SettingsStore.GetAsync(db, ct), options);
    }

    private static IResult View(ShopSettings s, EmailingOptions options) =>
        Results.Ok(new { fromAddress = s.FromAddress ?? options.DefaultFromAddress, fromName = s.FromName, allowedHosts = s.Hosts });
}
