using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Newsletter.Issues;
using ModularCrm.Sdk.Web;
using static ModularCrm.Modules.Newsletter.Pages.PageHtml;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary>The draft form (subject, Markdown or HTML, body), shared by the new-issue and edit pages; names as in the API's JSON.</summary>
internal static class IssueForm
{
    public static IssueInput Read(IFormCollection form, long? listId) => new(listId, form["subject"], form["format"], form["body"]);

    public static string Html(IShopPages pages, PageText t, string action, string button, IssueInput? values, ApiAnswer answer) =>
        Form(
            pages,
            action,
            button,
            Input("subject", t["subject"], values?.Subject, answer),
            Select("format", t["format"], values?.Format ?? IssueFormats.Markdown, answer, IssueFormats.All.Select(f => (f, t[f]))),
            TextArea("body", t["body"], values?.Body, answer, 16, t["personal_hint"]));
}
