namespace ModularCrm.Modules.Sales.Pages;

/// <summary>One line of the sales overview: a document of any type, newest first.</summary>
internal sealed class DocumentSummary
{
    public string Id { get; init; } = string.Empty;

    public string? Number { get; init; }

    public string Status { get; init; } = string.Empty;

    public string CustomerName { get; init; } = string.Empty;

    public object? IssueDate { get; init; }

    public object? TotalInclVat { get; init; }
}
