using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Api;

/// <summary>
/// Turns domain refusals into problem details: 409 when the document's state forbids the action (frozen, wrong
/// transition, already done), 422 when the request's values are wrong. Always with code, field and French message.
/// </summary>
internal static class SalesProblems
{
    private static readonly string[] ConflictMarkers =
        [".frozen", ".invalid_transition", ".already_", ".not_validated", ".cannot_cancel", ".stale", ".duplicate", ".date_before_last", ".expired"];

    /// <summary>Whether the refusal is about the document's state (409) rather than the request's values (422).</summary>
    public static bool IsConflict(SalesDomainException exception) => ConflictMarkers.Any(m => exception.Code.Contains(m, StringComparison.Ordinal));

    public static IResult From(SalesDomainException exception)
    {
        var conflict = IsConflict(exception);
        return Results.Problem(
            statusCode: conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity,
            title: conflict ? "Action impossible sur ce document" : "Données refusées",
            detail: exception.Message,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = exception.Code,
                ["field"] = exception.Error.Field,
                ["errors"] = exception.Errors.Select(e => new { code = e.Code, field = e.Field, message = e.Message }).ToList(),
            });
    }

    public static IResult NotFound(string what, Guid id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"{what} introuvable", detail: $"Aucun document {id} dans cette boutique.");

    public static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>An endpoint filter that answers domain refusals instead of letting them become a 500.</summary>
    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (SalesDomainException exception)
        {
            return From(exception);
        }
    }
}
