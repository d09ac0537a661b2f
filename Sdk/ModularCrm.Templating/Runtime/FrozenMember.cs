namespace ModularCrm.Templating.Runtime;

/// <summary>A member read from a frozen (builtin) object: it can never change, so a syntax node may keep it.</summary>
internal sealed record FrozenMember(ScriptObject Owner, object? Value);
