using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ModularCrm.Host.Auth;

/// <summary>Authenticates <c>Authorization: Bearer mcrm_…</c> requests with a personal API token.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiTokenStore tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var found = await tokens.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted);
        if (found is not { } token)
        {
            return AuthenticateResult.Fail("Jeton d'API inconnu ou révoqué.");
        }

        var principal = PasswordSignIn.Principal(token.Account, SchemeName, token.ShopId);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
