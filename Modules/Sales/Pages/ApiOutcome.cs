using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// What a page's form did through the API's own handler: the value it answered, or its refusal as messages by field
/// (the API's and the domain's field names, e.g. <c>lines[2].quantity</c>) so each shows next to its field. The pages
/// never re-check what the API checks: they call the same handler and read its answer.
/// </summary>
internal sealed class ApiOutcome
{
    private readonly Dictionary<string, string> errors = new(StringComparer.Ordinal);
    private readonly HashSet<string> shown = new(StringComparer.Ordinal);

    private ApiOutcome(string form) => Form = form;

    /// <summary>Which form of the page was posted: its errors show on it only.</summary>
    public string Form { get; }

    public object? Value { get; private set; }

    public int Status { get; private set; } = StatusCodes.Status200OK;

    public bool Succeeded => errors.Count == 0 && Status < 400;

    /// <summary>An outcome with no call yet, to collect the form's own reading errors (a quantity that is not a number).</summary>
    public static ApiOutcome Reading(string form) => new(form);

    /// <summary>Runs the API handler unless reading the form already failed.</summary>
    public async Task<ApiOutcome> CallAsync(Func<Task<IResult>> handler)
    {
        if (!Succeeded)
        {
            return this;
        }

        try
        {
            Read(await handler());
        }
        catch (SalesDomainException refused)
        {
            // The API's status for the same refusal (a frozen document is 409 even when the domain names a field).
            var conflict = refused.Errors.All(e => e.Field is null) || SalesProblems.IsConflict(refused);
            Status = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            foreach (var error in refused.Errors)
            {
                Add(error.Field ?? string.Empty, error.Message);
            }
        }

        return this;
    }

    public void Add(string field, string message)
    {
        if (Status < 400)
        {
            Status = StatusCodes.Status400BadRequest;
        }

        errors[field] = errors.TryGetValue(field, out var before) ? $"{before} {message}" : message;
    }

    /// <summary>The error of <paramref name="field"/> on form <paramref name="form"/>, now shown next to it.</summary>
    public string? For(string form, string field)
    {
        if (form != Form || !errors.TryGetValue(field, out var message))
        {
            return null;
        }

        shown.Add(field);
        return message;
    }

    /// <summary>The errors no field showed (about the whole document, or a field the form lacks), for the top of the page.</summary>
    public string? Unplaced() =>
        errors.Where(e => !shown.Contains(e.Key)).Select(e => e.Value) is var rest && rest.Any() ? string.Join(" ", rest) : null;

    /// <summary>Renames fields, e.g. a line's position among the lines sent back to its row on the form.</summary>
    public void Rename(Func<string, string> rename)
    {
        var renamed = errors.ToDictionary(e => rename(e.Key), e => e.Value, StringComparer.Ordinal);
        errors.Clear();
        foreach (var (field, message) in renamed)
        {
            errors[field] = message;
        }
    }

    private void Read(IResult result)
    {
        switch (result)
        {
            case IValueHttpResult { Value: ProblemDetails problem }:
                Problem(problem);
                break;
            case ProblemHttpResult problem:
                Problem(problem.ProblemDetails);
                break;
            case IValueHttpResult value:
                Value = value.Value;
                break;
        }
    }

    private void Problem(ProblemDetails problem)
    {
        Status = problem.Status ?? StatusCodes.Status400BadRequest;
        if (problem is HttpValidationProblemDetails validation && validation.Errors.Count > 0)
        {
            foreach (var (field, messages) in validation.Errors)
            {
                Add(field, string.Join(" ", messages));
            }
        }
        else
        {
            Add(string.Empty, problem.Detail ?? problem.Title ?? "Refusé.");
        }

        Status = problem.Status ?? Status;
    }
}
