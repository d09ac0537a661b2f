using Microsoft.AspNetCore.Http;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// The shape of every action form: read the posted fields, call the API's handler, then either go to the resulting
/// page (post/redirect/get) or show the page again with the refusal next to the fields of the form that was sent.
/// </summary>
internal static class PageActions
{
    public static async Task<IResult> RunAsync(
        SalesView view, IFormCollection form, string formName, Func<FormInput, Func<Task<IResult>>> read, Func<ApiOutcome, string> done, Func<ApiOutcome, Task<IResult>> refused)
    {
        var outcome = ApiOutcome.Reading(formName);
        var call = read(new FormInput(form, outcome, view));
        await outcome.CallAsync(call);
        return outcome.Succeeded ? Results.Redirect(done(outcome)) : await refused(outcome);
    }

    /// <summary>A one-button form, with an optional date (blank: today, as the API does).</summary>
    public static string Button(SalesView v, string action, string formName, string button, ApiOutcome? outcome, string? dateLabel = null, DateOnly? today = null) =>
        Form(
            action,
            v.Pages.Antiforgery,
            dateLabel is null ? string.Empty : Input($"{formName}-date", "date", dateLabel, today is { } day ? SalesView.IsoDate(day) : null, outcome?.For(formName, "date"), "date"),
            button,
            "inline-form");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
