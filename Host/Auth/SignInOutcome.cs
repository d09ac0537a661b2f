using System.Security.Claims;

namespace ModularCrm.Host.Auth;

/// <summary>The result of a sign-in attempt: a principal, or why not (without telling which of email or password was wrong).</summary>
internal sealed record SignInOutcome(ClaimsPrincipal? Principal, DateTimeOffset? LockedUntil)
{
    public bool Succeeded => Principal is not null;
}
