using Microsoft.AspNetCore.Http;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>The module's refusals as problem details, in French, always naming the field or the code.</summary>
internal static class LoyaltyProblems
{
    public static IResult Invalid(Dictionary<string, string[]> errors, string title = "Données refusées") =>
        Results.ValidationProblem(errors, title: title);

    public static IResult Invalid(string field, string reason) => Invalid(new Dictionary<string, string[]> { [field] = [reason] });

    public static IResult NotFound(string title, string detail) => Of(Refusal.NotFound(title, detail));

    public static IResult Conflict(string code, string? field, string detail, object? extra = null) => Of(Refusal.Conflict(code, field, detail, extra));

    public static IResult Of(Refusal refusal) =>
        refusal.Code is null
            ? Results.Problem(statusCode: refusal.Status, title: refusal.Title, detail: refusal.Detail)
            : Results.Problem(
                statusCode: refusal.Status,
                title: refusal.Title,
                detail: refusal.Detail,
                extensions: new Dictionary<string, object?> { ["code"] = refusal.Code, ["field"] = refusal.Field, ["current"] = refusal.Current });

    /// <summary>The answer for an operation's outcome: <paramref name="ok"/> of the value, or its errors or refusal.</summary>
    public static IResult Answer<T>(Outcome<T> outcome, string invalidTitle, Func<T, IResult> ok) =>
        outcome.Refusal is { } refusal ? Of(refusal)
        : outcome.Errors.Count > 0 ? Invalid(outcome.Errors, invalidTitle)
        : ok(outcome.Value!);
}
