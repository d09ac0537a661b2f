namespace ModularCrm.Templating.Runtime;

/// <summary>The getter a syntax node last used for a host type (null getter: the type has no such member).</summary>
internal sealed record CachedGetter(Type Type, Func<object, object?>? Getter);
