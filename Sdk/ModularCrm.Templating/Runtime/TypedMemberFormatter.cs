namespace ModularCrm.Templating.Runtime;

/// <summary>A <see cref="MemberFormatter"/> over a compiled getter: a constrained call, no box.</summary>
internal sealed class TypedMemberFormatter<TTarget, TValue>(Func<TTarget, TValue> getter) : MemberFormatter
    where TTarget : class
    where TValue : struct, ISpanFormattable
{
    public override object Read(object target) => getter((TTarget)target);

    public override bool TryFormat(object target, Span<char> destination, out int written, ReadOnlySpan<char> format, IFormatProvider provider) =>
        getter((TTarget)target).TryFormat(destination, out written, format, provider);
}
