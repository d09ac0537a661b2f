using Microsoft.AspNetCore.Http;
using ModularCrm.Modules.Contacts.Import;
using ModularCrm.Modules.Contacts.Pages.Shared;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages.Import;

/// <summary>The mapping form: one list per column of the file (<c>col0</c>, <c>col1</c>…), the suggestion preselected.</summary>
internal static class ImportMappingView
{
    public static Task<IResult> RenderAsync(
        IShopPages pages, string token, string fileName, string format, IReadOnlyList<string> headers, ColumnMapping mapping, string? error, int status, CancellationToken ct)
    {
        var t = PageText.For(pages.Language);
        var twice = mapping.Columns.Where(c => c.Field is not null).GroupBy(c => c.Field).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var model = new
        {
            T = t.Table,
            Base = pages.BasePath,
            Antiforgery = pages.Antiforgery,
            Token = token,
            FileName = fileName,
            Format = format,
            Error = error,
            Columns = headers.Select((header, index) =>
            {
                var field = mapping.Columns.FirstOrDefault(c => c.Index == index)?.Field;
                return new
                {
                    Name = $"col{index}",
                    Header = header,
                    Invalid = field is not null && twice.Contains(field),
                    Options = Enum.GetValues<ContactField>().Select(f => new { Value = f.ToString(), Label = t["field_" + f], Selected = f == field }).ToList(),
                };
            }).ToList(),
        };
        return pages.RenderAsync(t["import_mapping_title"], "pages/import-mapping.html", model, status, ct);
    }

    /// <summary>The mapping the form describes; an unknown field name counts as "ignore this column".</summary>
    public static ColumnMapping FromForm(IFormCollection form, IReadOnlyList<string> headers) =>
        new(headers.Select((header, index) => new ColumnAssignment(
            index, header, Enum.TryParse<ContactField>(form[$"col{index}"].ToString(), ignoreCase: false, out var field) && Enum.IsDefined(field) ? field : null)).ToList());
}
