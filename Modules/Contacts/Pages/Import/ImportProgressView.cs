using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Contacts.Import.Jobs;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Import;

/// <summary>
/// A queued or running import's progress (rows done out of the total, the counts so far), which reloads itself every
/// <see cref="RefreshSeconds"/> seconds with a meta refresh (no script); once finished, its final report: counts and
/// every issue kept, with its row, column and reason.
/// </summary>
internal static class ImportProgressView
{
    public const int RefreshSeconds = 2;

    public static Task<IResult> RenderAsync(IShopPages pages, ImportJobView job, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var culture = new PageCulture(pages.Language);
        var model = new
        {
            T = t.Table,
            Base = pages.BasePath,
            Refresh = job.IsFinished ? null : (int?)RefreshSeconds,
            job.FileName,
            job.Format,
            Done = job.Status == ImportJobStatus.Done,
            Failed = job.Status == ImportJobStatus.Failed,
            Running = !job.IsFinished,
            State = t["import_state_" + job.Status],
            job.Error,
            job.Percent,
            Progress = job.TotalRows is { } total
                ? t.Format("import_progress_of", culture.Number(job.RowsDone), culture.Number(total))
                : t.Format("import_progress_counting", culture.Number(job.RowsDone)),
            Rows = culture.Number(job.RowsDone),
            Created = culture.Number(job.Created),
            Updated = culture.Number(job.Updated),
            Skipped = culture.Number(job.Skipped),
            WithWarnings = culture.Number(job.WithWarnings),
            Issues = culture.Number(job.Issues),
            job.Truncated,
            Problems = job.FirstIssues.Select(i => new
            {
                Row = i.RowNumber,
                Severity = t["severity_" + i.Severity.ToString().ToLowerInvariant()],
                IsError = i.Severity == Contacts.Import.ImportSeverity.Error,
                i.Column,
                i.Message,
                i.Value,
                i.Suggestion,
            }).ToList(),
        };
        return pages.RenderAsync(t[job.IsFinished ? "import_done_title" : "import_running_title"], "pages/import-progress.html", model, cancellationToken: ct);
    }
}
