namespace ModularCrm.Templating.Runtime;

/// <summary>Text marked as already-safe markup: HTML mode writes it without encoding.</summary>
internal sealed class RawString(string value)
{
    public string Value { get; } = value;

    public override string ToString() => Value;
}
