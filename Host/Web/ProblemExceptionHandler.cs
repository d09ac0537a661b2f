using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ModularCrm.Host.Web;

/// <summary>
/// Turns exceptions into RFC 9457 problem details: the user's mistakes (bad input, bad JSON) as 4xx with the
/// field and reason; anything else as a 500 that reveals nothing but the request id.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            UserInputException input => Problem(input.StatusCode, "Requête invalide", input.Reason, input.Field),
            BadHttpRequestException bad => Problem(bad.StatusCode, "Requête invalide", Describe(bad), field: null),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled error while serving {Path}", httpContext.Request.Path.Value);
            problem = Problem(StatusCodes.Status500InternalServerError, "Erreur interne", "Une erreur inattendue est survenue.", field: null);
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        problem.Extensions["requestId"] = httpContext.TraceIdentifier;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static ProblemDetails Problem(int status, string title, string detail, string? field)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [detail] };
        }

        return problem;
    }

    // The framework's message for malformed JSON names the JSON path and position, which is what the caller needs.
    private static string Describe(BadHttpRequestException bad) =>
        bad.InnerException is System.Text.Json.JsonException json ? $"JSON invalide : {json.Message}" : bad.Message;
}
