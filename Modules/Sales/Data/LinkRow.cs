namespace ModularCrm.Modules.Sales.Data;

/// <summary>A document linked to another: <see cref="Direction"/> is <c>source</c> (it came before) or <c>follow_up</c>.</summary>
internal sealed class LinkRow
{
    public string Direction { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Id { get; set; } = string.Empty;
}
