using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Contacts.Import;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Import;

/// <summary>
/// A dry run's or a run's report: totals, then row by row what happens and why a row is skipped. After a dry run,
/// the same mapping goes back as hidden fields behind the "run the import" button.
/// </summary>
internal static class ImportReportView
{
    public static Task<IResult> RenderAsync(IShopPages pages, string token, string fileName, ImportReport report, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var issues = report.Issues.ToLookup(i => i.RowNumber);
        var model = new
        {
            T = t.Table,
            Base = pages.BasePath,
            Antiforgery = pages.Antiforgery,
            Token = token,
            FileName = fileName,
            report.DryRun,
            report.Format,
            report.Rows,
            report.Created,
            report.Updated,
            report.Skipped,
            report.WithWarnings,
            Truncated = report.ActionsTruncated,
            Mapping = report.Mapping.Select(c => new { Name = $"col{c.Index}", Value = c.Field?.ToString() ?? string.Empty }).ToList(),
            Actions = report.Actions.Select(a => new
            {
                Row = a.RowNumber,
                Action = t["action_" + a.Action],
                Skipped = a.Action == "skip",
                a.Key,
                a.ContactId,
                Reasons = issues[a.RowNumber].Select(i => new
                {
                    Severity = t["severity_" + i.Severity.ToString().ToLowerInvariant()],
                    i.Column,
                    i.Message,
                    i.Value,
                    i.Suggestion,
                }).ToList(),
            }).ToList(),
        };
        return pages.RenderAsync(t[report.DryRun ? "import_dry_run_title" : "import_done_title"], "pages/import-report.html", model, cancellationToken: ct);
    }
}
