using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>The contact form (creation and edit): fields with their errors, and the possible duplicates to confirm.</summary>
internal sealed record ContactFormView(
    string Title, string Action, string Submit, string FailedNotice, ContactForm Form, FormErrors Errors, IReadOnlyList<DuplicateWarning> Duplicates)
{
    public Task<IResult> RenderAsync(IShopPages pages, int status, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        string? Error(string field) => Errors[field];
        var model = new
        {
            T = t.Table,
            Base = pages.BasePath,
            Antiforgery = pages.Antiforgery,
            Action,
            Submit,
            FailedNotice,
            Kind = Form.Kind ?? ContactKinds.Person,
            KindError = Error("kind"),
            Fields = Form.Fields(t, Error),
            Duplicates = Duplicates.Select(d => new { Href = $"{pages.BasePath}/{d.ContactId}", Name = d.DisplayName, Reasons = string.Join(", ", d.Reasons) }).ToList(),
            HasDuplicates = Duplicates.Count > 0,
            HasErrors = Errors.Any,
        };
        return pages.RenderAsync(Title, "pages/contact-form.html", model, status, ct);
    }
}
