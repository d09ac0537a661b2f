namespace ModularCrm.Modules.Sales.Pages;

/// <summary>A customer met on earlier sales documents.</summary>
internal sealed class CustomerRow
{
    public long Id { get; init; }

    public string Name { get; init; } = string.Empty;
}
