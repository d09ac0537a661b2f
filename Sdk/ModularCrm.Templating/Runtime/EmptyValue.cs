namespace ModularCrm.Templating.Runtime;

/// <summary>The `empty` keyword: equal to null, empty strings and empty collections.</summary>
internal sealed class EmptyValue
{
    public static readonly EmptyValue Instance = new();

    private EmptyValue()
    {
    }

    public override string ToString() => string.Empty;
}
