namespace ModularCrm.Fixtures.CsvOld;

/// <summary>One CSV row, mapped by header name.</summary>
public sealed class AmountRow
{
    public string Name { get; set; } = "";

    public decimal Amount { get; set; }
}
