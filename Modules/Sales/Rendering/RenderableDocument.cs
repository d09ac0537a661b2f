namespace ModularCrm.Modules.Sales.Rendering;

/// <summary>A document ready to render: its type (also its template <c>documents/{type}.html</c>), model and whether it is issued for good.</summary>
internal sealed record RenderableDocument(string Type, Guid Id, DocumentModel Model)
{
    public string TemplateName => $"documents/{Type}.html";

    /// <summary>A numbered document never changes, so its PDF is produced once and kept.</summary>
    public bool IsFinal => !Model.Draft;
}
