using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary>
/// An API handler's answer as a page reads it: the value on success, else the messages by field (the API's JSON names,
/// which are also the forms' field names) and the refusal's status. Pages call the handlers and never re-check.
/// </summary>
internal sealed class ApiAnswer
{
    private readonly Dictionary<string, string> errors = new(StringComparer.Ordinal);

    private ApiAnswer(int status) => Status = status;

    public int Status { get; private set; }

    public object? Value { get; private set; }

    public bool Succeeded => Status < 400;

    /// <summary>A message about the whole form (a conflict, a missing thing), or null.</summary>
    public string? General => errors.GetValueOrDefault(string.Empty);

    public static readonly ApiAnswer None = new(StatusCodes.Status200OK);

    public static async Task<ApiAnswer> OfAsync(Task<IResult> call)
    {
        var result = await call;
        var answer = new ApiAnswer((result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK);
        if ((result as IValueHttpResult)?.Value is ProblemDetails problem)
        {
            answer.Status = problem.Status ?? StatusCodes.Status400BadRequest;
            foreach (var (field, messages) in (problem as HttpValidationProblemDetails)?.Errors ?? new Dictionary<string, string[]>())
            {
                answer.errors[field] = string.Join(" ", messages);
            }

            if (answer.errors.Count == 0)
            {
                answer.errors[string.Empty] = problem.Detail ?? problem.Title ?? "Refusé.";
            }
        }
        else
        {
            answer.Value = (result as IValueHttpResult)?.Value;
        }

        return answer;
    }

    /// <summary>A refusal the page found before calling the API (a date it cannot read), on <paramref name="field"/>.</summary>
    public static ApiAnswer Refused(string field, string message)
    {
        var answer = new ApiAnswer(StatusCodes.Status400BadRequest);
        answer.errors[field] = message;
        return answer;
    }

    public string? Error(string field) => errors.GetValueOrDefault(field);
}
