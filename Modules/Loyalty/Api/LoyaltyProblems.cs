using Microsoft.AspNetCore.Http;

namespace ModularCrm.Modules.Loyalty.Api;

/// <summary>The module's refusals as problem details, in French, always naming the field or the code.</summary>
internal static class LoyaltyProblems
{
    public static IResult Invalid(Dictionary<string, string[]> errors, string title = "Données refusées") =>
        Results.ValidationProblem(errors, title: title);

    public static IResult Invalid(string field, string reason) => Invalid(new Dictionary<string, string[]> { [field] = [reason] });

    public static IResult NotFound(string title, string detail) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: title, detail: detail);

    public static IResult Conflict(string code, string? field, string detail, object? extra = null) =>
        Results.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Action impossible",
            detail: detail,
            extensions: new Dictionary<string, object?> { ["code"] = code, ["field"] = field, ["current"] = extra });
}
