using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>
/// What an API handler answered, read back by a page: the pages call the API's own handlers (same validation, same
/// stores, same transaction) and turn their <see cref="IResult"/> into a redirect or a form shown again with errors.
/// </summary>
internal sealed record ApiOutcome(int Status, IReadOnlyDictionary<string, string[]> Errors, object? Value, string? Problem)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public static ApiOutcome Of(IResult result)
    {
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var value = (result as IValueHttpResult)?.Value;
        if (result is ProblemHttpResult problem)
        {
            var errors = problem.ProblemDetails is HttpValidationProblemDetails validation
                ? validation.Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal)
                : new Dictionary<string, string[]>();
            var text = string.Join(" : ", new[] { problem.ProblemDetails.Title, problem.ProblemDetails.Detail }.Where(s => !string.IsNullOrEmpty(s)));
            return new ApiOutcome(status, errors, null, text);
        }

        return new ApiOutcome(status, new Dictionary<string, string[]>(), value, null);
    }

    /// <summary>The messages for <paramref name="field"/>, joined, or null (for the template's "error next to the field").</summary>
    public string? Error(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;
}
