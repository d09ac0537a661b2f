namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>One number read as the engine returns it (<c>AS Value</c>), for <see cref="SqlValues.Money(object?)"/> to convert.</summary>
internal sealed class NumberRow
{
    public object? Value { get; set; }
}
