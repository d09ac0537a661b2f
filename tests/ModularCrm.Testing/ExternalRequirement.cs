namespace ModularCrm.Testing;

/// <summary>
/// Decides whether a test that needs something outside the .NET SDK (a browser, a database server, an SMTP
/// server, the conformance corpus) runs. When <c>MODULARCRM_REQUIRE_ALL=1</c> (set by .ci/run) nothing is
/// skipped, so a missing requirement fails the test instead of hiding it.
/// </summary>
public static class ExternalRequirement
{
    /// <summary>The variable that turns skips into failures.</summary>
    public const string RequireAllVariable = "MODULARCRM_REQUIRE_ALL";

    /// <summary>True when skips are errors (CI).</summary>
    public static bool SkipsAreErrors => Environment.GetEnvironmentVariable(RequireAllVariable) == "1";

    /// <summary>The skip reason to use, or null when the test must run.</summary>
    public static string? SkipReason(bool available, string reason) =>
        available || SkipsAreErrors ? null : $"{reason} (set {RequireAllVariable}=1 to make this an error)";
}
