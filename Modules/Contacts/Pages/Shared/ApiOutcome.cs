using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>
/// What an API handler answered, read back by a page: the pages call the API's own handlers (same validation, same
/// stores, same transaction) and turn their <see cref="IResult"/> into a redirect or a form shown again with errors,
/// in the reader's language (<see cref="In"/>).
/// </summary>
internal sealed record ApiOutcome(int Status, FormErrors Errors, object? Value, string? Problem)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public static ApiOutcome Of(IResult result)
    {
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var value = (result as IValueHttpResult)?.Value;
        if (result is ProblemHttpResult problem)
        {
            var text = string.Join(" : ", new[] { problem.ProblemDetails.Title, problem.ProblemDetails.Detail }.Where(s => !string.IsNullOrEmpty(s)));
            return new ApiOutcome(status, FormErrors.FromResult(result), null, text);
        }

        return new ApiOutcome(status, new FormErrors(), value, null);
    }

    /// <summary>The same outcome with the coded errors said in <paramref name="text"/>'s language.</summary>
    public ApiOutcome In(PageText text) => this with { Errors = Errors.Localize(text.ErrorText) };

    /// <summary>The messages for <paramref name="field"/>, joined, or null (for the template's "error next to the field").</summary>
    public string? Error(string field) => Errors[field];
}
