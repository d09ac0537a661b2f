namespace ModularCrm.Modules.Sales.Data;

/// <summary>A row of <c>sales_audit</c>: who did what to a document, when (UTC).</summary>
internal sealed class AuditRow
{
    public string Action { get; set; } = string.Empty;

    public string? UserName { get; set; }

    public string? Detail { get; set; }

    public string At { get; set; } = string.Empty;
}
