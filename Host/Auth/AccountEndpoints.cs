using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace ModularCrm.Host.Auth;

/// <summary>Sign-in and sign-out pages: plain HTML forms with antiforgery, usable without JavaScript.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Account");
        account.MapGet("/sign-in", (HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
            Page(http, antiforgery, returnUrl, error: null));
        account.MapPost("/sign-in", SignInAsync);
        account.MapPost("/sign-out", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.Redirect("/account/sign-in");
        });
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        PasswordSignIn signIn,
        [FromForm] string? email,
        [FromForm] string? password,
        [FromForm] string? returnUrl,
        CancellationToken ct)
    {
        var outcome = await signIn.SignInAsync(email ?? string.Empty, password ?? string.Empty, CookieAuthenticationDefaults.AuthenticationScheme, ct);
        if (!outcome.Succeeded)
        {
            var error = outcome.LockedUntil is { } until
                ? $"Compte verrouillé après {PasswordSignIn.MaxFailures} échecs : réessayez après {until:HH:mm} (UTC)."
                : "E-mail ou mot de passe incorrect.";
            return Page(http, antiforgery, returnUrl, error, StatusCodes.Status400BadRequest);
        }

        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, outcome.Principal!);
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static IResult Page(HttpContext http, IAntiforgery antiforgery, string? returnUrl, string? error, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var message = error is null ? string.Empty : $"""<p class="error" role="alert">{WebUtility.HtmlEncode(error)}</p>""";
        var html = $"""
            <!DOCTYPE html>
            <html lang="fr">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Connexion — ModularCrm</title></head>
            <body>
            <main>
            <h1>Connexion</h1>
            {message}
            <form method="post" action="/account/sign-in">
              <input type="hidden" name="{tokens.FormFieldName}" value="{WebUtility.HtmlEncode(tokens.RequestToken)}">
              <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl ?? "/")}">
              <p><label for="email">E-mail</label><br><input id="email" name="email" type="email" autocomplete="username" required></p>
              <p><label for="password">Mot de passe</label><br><input id="password" name="password" type="password" autocomplete="current-password" required></p>
              <p><button type="submit">Se connecter</button></p>
            </form>
            </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
