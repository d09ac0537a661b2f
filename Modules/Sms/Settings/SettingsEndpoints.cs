using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sms.Rules;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sms.Settings;

/// <summary>
/// <c>GET/PUT /settings</c>: provider and credentials, sender, time zone, price, opt-out mention. The password never
/// leaves the server; the callback URL and secret are shown so that staff can set them at their operator's.
/// </summary>
internal static class SettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/settings").WithTags("Sms");
        group.MapGet("/", async (HttpRequest request, IShopDb db, SmsOptions options, ShopContext shop, CancellationToken ct) =>
            View(await SettingsStore.GetAsync(db, options, ct), options, shop, request)).WithName("sms.settings.get");
        group.MapPut("/", SaveAsync).WithName("sms.settings.save");
    }

    private static async Task<IResult> SaveAsync(HttpRequest request, IShopDb db, SmsOptions options, ShopContext shop, SettingsInput input, CancellationToken ct)
    {
        var current = await SettingsStore.GetAsync(db, options, ct);
        var errors = new Dictionary<string, string[]>();
        var provider = (input.Provider ?? SmsProviders.File).Trim().ToLowerInvariant();
        if (provider is not (SmsProviders.File or SmsProviders.Http))
        {
            errors["provider"] = [$"Fournisseur « {input.Provider} » inconnu : « file » (dossier) ou « http » (passerelle de l'opérateur)."];
        }

        var endpoint = Blank(input.Endpoint);
        if (provider == SmsProviders.Http && (endpoint is null || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || endpoint.Length > 500))
        {
            errors["endpoint"] = ["Adresse de la passerelle obligatoire avec le fournisseur « http » : une URL http(s) absolue, 500 caractères au plus."];
        }

        if (Blank(input.Sender) is { } sender && SenderRule.Check(sender) is { } senderError)
        {
            errors["sender"] = [senderError];
        }

        var zone = Blank(input.TimeZone) ?? SmsSettings.DefaultTimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            errors["timeZone"] = [$"Fuseau horaire « {zone} » inconnu (exemple : Europe/Paris, America/Martinique)."];
        }

        if (input.PricePerSms is < 0 or > 10)
        {
            errors["pricePerSms"] = ["Prix par SMS entre 0 et 10 €."];
        }

        var mention = Blank(input.StopMention) ?? OptOutMention.Default;
        if (mention.Length > 60 || !mention.Contains("STOP", StringComparison.Ordinal))
        {
            errors["stopMention"] = ["La mention de désinscription contient « STOP » (exemple : STOP au 36180), 60 caractères au plus."];
        }

        if (Blank(input.Login) is { Length: > 200 } || input.Password is { Length: > 500 })
        {
            errors["login"] = ["Identifiant (200 caractères) ou mot de passe (500) trop long."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Réglages SMS refusés");
        }

        await SettingsStore.SaveAsync(db, new SmsSettings
        {
            Provider = provider, Endpoint = endpoint, Login = Blank(input.Login), Password = input.Password ?? current.Password,
            Sender = Blank(input.Sender), TimeZone = zone, PricePerSms = input.PricePerSms ?? current.PricePerSms, StopMention = mention,
        }, ct);
        return View(await SettingsStore.GetAsync(db, options, ct), options, shop, request);
    }

    private static IResult View(SmsSettings s, SmsOptions options, ShopContext shop, HttpRequest request) =>
        Results.Ok(new
        {
            provider = s.Provider, endpoint = s.Endpoint, login = s.Login, passwordSet = s.Password is not null,
            sender = s.Sender ?? options.DefaultSender, timeZone = s.TimeZone, pricePerSms = s.PricePerSms, stopMention = s.StopMention,
            callbackUrl = $"{options.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}"}/p/{shop.Slug}/sms/callback",
            callbackSecret = s.CallbackSecret,
        });

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
