using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Sms.Settings;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sms.Pages;

/// <summary>
/// <c>/shops/{shop}/sms/settings</c>: the provider, the gateway's address and credentials, the sender and the rules' settings.
/// The password is write-only: the page says whether one is stored and never puts it back in the form; an empty field
/// keeps it. Saving goes through the API's <see cref="SettingsEndpoints.SaveAsync(IShopDb, SmsOptions, SettingsInput, CancellationToken)"/>.
/// </summary>
internal static class SettingsPage
{
    public static void Map(IEndpointRouteBuilder pages)
    {
        pages.MapGet("/settings", async (HttpRequest request, IShopDb db, IShopPages page, SmsOptions options, ShopContext shop, string? saved, CancellationToken ct) =>
        {
            var view = SettingsEndpoints.View(await SettingsStore.GetAsync(db, options, ct), options, shop, request);
            return Show(page, view, SettingsForm.From(view), [], saved == "1", StatusCodes.Status200OK);
        });
        pages.MapPost("/settings", SaveAsync);
    }

    private static async Task<IResult> SaveAsync(
        HttpRequest request, IShopDb db, IShopPages page, SmsOptions options, ShopContext shop, [FromForm] SettingsForm form, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var input = form.ToInput(errors);
        if (errors.Count == 0)
        {
            errors = await SettingsEndpoints.SaveAsync(db, options, input, ct);
        }

        if (errors.Count == 0)
        {
            return Results.Redirect($"{page.BasePath}/settings?saved=1");
        }

        var view = SettingsEndpoints.View(await SettingsStore.GetAsync(db, options, ct), options, shop, request);
        return Show(page, view, form with { Password = null, Endpoint = WithoutCredentials(form.Endpoint) }, errors, false, StatusCodes.Status400BadRequest);
    }

    // A refused address is shown back for correction, but never with the credentials someone typed into it.
    private static string? WithoutCredentials(string? endpoint) =>
        Uri.TryCreate(endpoint?.Trim(), UriKind.Absolute, out var uri) && uri.UserInfo.Length > 0
            ? new UriBuilder(uri) { UserName = string.Empty, Password = string.Empty }.Uri.ToString()
            : endpoint;

    private static IResult Show(IShopPages page, SettingsView view, SettingsForm form, Dictionary<string, string[]> errors, bool saved, int status)
    {
        var t = SmsText.For(page.Language);
        string Input(string name, string label, string? value, string type = "text", string extra = "") =>
            $"<p><label>{label} <input name=\"{name}\" type=\"{type}\" value=\"{Html.E(value)}\"{extra}></label></p>";

        string Option(string value, string label) => $"<option value=\"{value}\"{(form.Provider == value ? " selected" : string.Empty)}>{label}</option>";

        var body =
            $"""
            <p><a href="{Html.E(page.BasePath)}">{t.Title}</a></p>
            {(saved ? $"<p class=\"notice notice-ok\" role=\"status\">{t.Saved}</p>" : string.Empty)}
            {(errors.Count > 0 ? $"<p class=\"notice notice-error\">{t.NotSaved}</p>" : string.Empty)}{Html.Errors(errors)}
            <form method="post" action="{Html.E(page.BasePath)}/settings">{Html.Hidden(page.Antiforgery)}
            <p><label>{t.Provider} <select name="provider">{Option(SmsProviders.File, t.FileProvider)}{Option(SmsProviders.Http, t.HttpProvider)}</select></label></p>
            {Input("endpoint", t.Endpoint, form.Endpoint, "url")}
            {Input("login", t.Login, form.Login, extra: " autocomplete=\"off\"")}
            {Input("password", t.Password, null, "password", " autocomplete=\"new-password\"")}
            <p class="muted" data-password-set="{(view.PasswordSet ? "true" : "false")}">{(view.PasswordSet ? t.PasswordSet : t.PasswordUnset)}</p>
            {Input("sender", t.Sender, form.Sender)}
            {Input("timeZone", t.TimeZone, form.TimeZone)}
            {Input("pricePerSms", t.Price, form.PricePerSms)}
            {Input("stopMention", t.StopMention, form.StopMention)}
            {Input("ratePerMinute", t.Format(t.Rate, view.DefaultRatePerMinute), form.RatePerMinute, "number", " min=\"1\"")}
            <p><button>{t.Save}</button></p></form>
            <dl><dt>{t.CallbackUrl}</dt><dd><code>{Html.E(view.CallbackUrl)}</code></dd><dt>{t.CallbackSecret}</dt><dd><code>{Html.E(view.CallbackSecret)}</code></dd></dl>
            """;
        return page.Page(t.SettingsTitle, body, status);
    }
}
