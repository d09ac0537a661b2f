using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using ModularCrm.Host.Pages.I18n;
using ModularCrm.Host.Pages.Layout;
using ModularCrm.Host.Users;
using ModularCrm.Host.Web;
using ModularCrm.Sdk.Web;
using static ModularCrm.Host.Pages.Layout.Html;

namespace ModularCrm.Host.Auth;

/// <summary>
/// Sign-in, sign-out, password change and language: plain HTML forms with antiforgery (every <c>[FromForm]</c>
/// endpoint is checked by the antiforgery middleware), usable without JavaScript; errors shown next to their field.
/// </summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Account").ExcludeFromDescription();
        account.MapGet("/sign-in", (HttpContext http, string? returnUrl) => SignInPage(http, returnUrl, null, new FormErrors()));
        account.MapPost("/sign-in", SignInAsync);
        account.MapPost("/sign-out", async (HttpContext http, [FromForm] string? returnUrl) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/account/sign-in");
        });
        account.MapGet("/password", (HttpContext http) => PasswordPage(http, new FormErrors(), null)).RequireAuthorization();
        account.MapPost("/password", ChangePasswordAsync).RequireAuthorization();
        account.MapPost("/language", ChangeLanguageAsync).RequireAuthorization();
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http,
        PasswordSignIn signIn,
        UserProfiles profiles,
        [FromForm] string? email,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        CancellationToken ct)
    {
        var t = PageSession.For(http).Text;
        var errors = new FormErrors();
        if (string.IsNullOrWhiteSpace(email))
        {
            errors.Add("email", t.EmailRequired);
        }

        if (string.IsNullOrEmpty(password))
        {
            errors.Add("password", t.PasswordRequired);
        }

        if (errors.Any)
        {
            return SignInPage(http, returnUrl, email, errors, StatusCodes.Status400BadRequest);
        }

        var outcome = await signIn.SignInAsync(email!, password!, CookieAuthenticationDefaults.AuthenticationScheme, ct);
        if (!outcome.Succeeded)
        {
            errors.Add("password", outcome.LockedUntil is { } until
                ? string.Format(t.Culture, t.AccountLocked, PasswordSignIn.MaxFailures, until.ToString("HH:mm", t.Culture))
                : t.WrongCredentials);
            return SignInPage(http, returnUrl, email, errors, StatusCodes.Status400BadRequest);
        }

        var principal = outcome.Principal!;
        var profile = await profiles.FindAsync(ShopAccess.UserId(principal)!.Value, ct);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(CrmClaims.Culture, profile?.Culture ?? "fr-FR"));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal);
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static async Task<IResult> ChangePasswordAsync(
        HttpContext http,
        PasswordSignIn signIn,
        [FromForm] string? currentPassword,
        [FromForm] string? newPassword,
        [FromForm] string? confirmPassword,
        CancellationToken ct)
    {
        var t = PageSession.For(http).Text;
        var errors = new FormErrors();
        if (newPassword != confirmPassword)
        {
            errors.Add("confirmPassword", t.PasswordsDiffer);
            return PasswordPage(http, errors, null, StatusCodes.Status400BadRequest);
        }

        try
        {
            await signIn.ChangePasswordAsync(ShopAccess.UserId(http.User)!.Value, currentPassword ?? string.Empty, newPassword ?? string.Empty, ct);
        }
        catch (UserInputException ex)
        {
            errors.Add(ex.Field, ex.Field == "currentPassword" ? t.CurrentPasswordWrong : string.Format(t.Culture, t.PasswordTooShort, UserStore.MinimumPasswordLength));
            return PasswordPage(http, errors, null, StatusCodes.Status400BadRequest);
        }

        return PasswordPage(http, errors, t.PasswordChanged);
    }

    private static async Task<IResult> ChangeLanguageAsync(HttpContext http, UserProfiles profiles, [FromForm] string? language, [FromForm] string? returnUrl, CancellationToken ct)
    {
        var culture = UiLanguage.CultureName(UiLanguage.Of(language));
        await profiles.SetCultureAsync(ShopAccess.UserId(http.User)!.Value, culture, ct);
        var identity = new ClaimsIdentity(http.User.Claims.Where(c => c.Type != CrmClaims.Culture), CookieAuthenticationDefaults.AuthenticationScheme);
        identity.AddClaim(new Claim(CrmClaims.Culture, culture));
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static IResult SignInPage(HttpContext http, string? returnUrl, string? email, FormErrors errors, int status = StatusCodes.Status200OK)
    {
        var session = PageSession.For(http);
        var t = session.Text;
        var body = $"""
            <form class="stack" method="post" action="/account/sign-in" novalidate>
            {Antiforgery(session.Antiforgery)}
            <input type="hidden" name="returnUrl" value="{E(IsLocal(returnUrl) ? returnUrl : "/")}">
            {Input("email", t.Email, email, errors["email"], "email", "username", required: true)}
            {Input("password", t.Password, null, errors["password"], "password", "current-password", required: true)}
            <button type="submit">{E(t.SignIn)}</button>
            </form>
            """;
        return new LayoutResult(t.SignInTitle, body, status);
    }

    private static IResult PasswordPage(HttpContext http, FormErrors errors, string? done, int status = StatusCodes.Status200OK)
    {
        var session = PageSession.For(http);
        var t = session.Text;
        var body = $"""
            {Notice(done, error: false)}
            <form class="stack" method="post" action="/account/password" novalidate>
            {Antiforgery(session.Antiforgery)}
            {Input("currentPassword", t.CurrentPassword, null, errors["currentPassword"], "password", "current-password", required: true)}
            {Input("newPassword", string.Format(t.Culture, t.NewPassword, UserStore.MinimumPasswordLength), null, errors["newPassword"], "password", "new-password", required: true)}
            {Input("confirmPassword", t.ConfirmPassword, null, errors["confirmPassword"], "password", "new-password", required: true)}
            <button type="submit">{E(t.ChangePassword)}</button>
            </form>
            """;
        return new LayoutResult(t.ChangePassword, body, status);
    }
}
