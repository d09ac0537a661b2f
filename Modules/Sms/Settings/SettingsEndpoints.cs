using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sms.Settings;

/// <summary>
/// <c>GET/PUT /settings</c>: provider and credentials, sender, time zone, price, opt-out mention, rate. The password never
/// leaves the server; the callback URL and secret are shown so that staff can set them at their operator's.
/// </summary>
internal static class SettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/settings").WithTags("Sms");
        group.MapGet("/", async (HttpRequest request, IShopDb db, SmsOptions options, ShopContext shop, CancellationToken ct) =>
            Results.Ok(View(await SettingsStore.GetAsync(db, options, ct), options, shop, request))).WithName("sms.settings.get");
        group.MapPut("/", PutAsync).WithName("sms.settings.save");
    }

    /// <summary>Saves valid settings; the errors by field otherwise (the API and the page both save through here).</summary>
    public static async Task<Dictionary<string, string[]>> SaveAsync(IShopDb db, SmsOptions options, SettingsInput input, CancellationToken ct)
    {
        var (settings, errors) = SettingsValidator.Validate(input, await SettingsStore.GetAsync(db, options, ct));
        if (settings is not null)
        {
            await SettingsStore.SaveAsync(db, settings, ct);
        }

        return errors;
    }

    /// <summary>The settings as staff see them: everything but the password, of which only whether it is set.</summary>
    public static SettingsView View(SmsSettings s, SmsOptions options, ShopContext shop, HttpRequest request) =>
        new(
            s.Provider, s.Endpoint, s.Login, s.Password is not null, s.Sender ?? options.DefaultSender, s.TimeZone, s.PricePerSms, s.StopMention,
            s.RatePerMinute, options.Sender.RatePerMinute,
            $"{options.PublicBaseUrl?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}"}/p/{shop.Slug}/sms/callback",
            s.CallbackSecret);

    private static async Task<IResult> PutAsync(HttpRequest request, IShopDb db, SmsOptions options, ShopContext shop, SettingsInput input, CancellationToken ct)
    {
        var errors = await SaveAsync(db, options, input, ct);
        return errors.Count > 0
            ? Results.ValidationProblem(errors, title: "Réglages SMS refusés")
            : Results.Ok(View(await SettingsStore.GetAsync(db, options, ct), options, shop, request));
    }
}
