namespace ModularCrm.Templating.Runtime;

/// <summary>
/// Reads one number or date property of a host object with its real type, so `{{ line.total | math.format 'N2' }}`
/// formats the value without boxing it first. Built once per (type, property), shared by every render.
/// </summary>
internal abstract class MemberFormatter
{
    /// <summary>The value, boxed: for every use other than formatting.</summary>
    public abstract object Read(object target);

    /// <summary>Formats the property of <paramref name="target"/> like <see cref="IFormattable.ToString(string, IFormatProvider)"/>.</summary>
    public abstract bool TryFormat(object target, Span<char> destination, out int written, ReadOnlySpan<char> format, IFormatProvider provider);
}
