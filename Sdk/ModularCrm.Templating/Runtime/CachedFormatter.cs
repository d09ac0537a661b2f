namespace ModularCrm.Templating.Runtime;

/// <summary>The formatter a syntax node last found for a host type (null: that member cannot be formatted typed).</summary>
internal sealed record CachedFormatter(Type Type, MemberFormatter? Formatter);
