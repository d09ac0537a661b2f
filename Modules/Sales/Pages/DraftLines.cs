using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Sdk.Data;
using static ModularCrm.Modules.Sales.Pages.Markup;

namespace ModularCrm.Modules.Sales.Pages;

/// <summary>
/// Editing the lines of a draft (quote, invoice) on its page: the form, and saving it through the API's own update
/// handler, whose refusals (a validated document is frozen, a bad quantity) show on the row they concern.
/// </summary>
internal static class DraftLines
{
    public const string Form = "lines";

    /// <summary>The edit section: the draft's lines, or what was posted when the save was refused.</summary>
    public static async Task<string> SectionAsync(IShopDb db, SalesView v, string action, IReadOnlyList<LineView> lines, ApiOutcome? outcome, IFormCollection? posted, CancellationToken ct) =>
        Section("edit", v.T("Modifier les lignes", "Edit the lines"), Markup.Form(action, v.Pages.Antiforgery,
            LineEditor.Render(v, Form, outcome?.Form == Form && posted is not null ? LineEditor.Posted(posted) : LineEditor.Of(v, lines), await CatalogPages.ProductsAsync(db, ct), outcome),
            v.T("Enregistrer les lignes", "Save the lines"), wide: true));

    /// <summary>Reads the posted rows and calls <paramref name="update"/> with them; redirects to <paramref name="done"/> or shows the page again.</summary>
    public static async Task<IResult> SaveAsync(
        IShopDb db, SalesView v, IFormCollection form, Func<List<LineInput>, Task<IResult>> update, string done, Func<ApiOutcome, Task<IResult>> refused, CancellationToken ct)
    {
        var outcome = ApiOutcome.Reading(Form);
        var (lines, rows) = LineEditor.Read(new FormInput(form, outcome, v), form, await CatalogPages.ProductsAsync(db, ct));
        if (outcome.Succeeded)
        {
            await outcome.CallAsync(() => update(lines));
            LineEditor.MapBack(outcome, rows);
        }

        return outcome.Succeeded ? Results.Redirect(done) : await refused(outcome);
    }
}
