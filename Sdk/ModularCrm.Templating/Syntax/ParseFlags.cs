namespace ModularCrm.Templating.Syntax;

/// <summary>Facts about a whole template, known once parsing ends and read-only afterwards.</summary>
internal sealed class ParseFlags
{
    /// <summary>
    /// Whether the template reads `for`/`while`/`tablerow` as a variable anywhere. When it never does, loops skip
    /// building their loop object (a function called from a loop could read it, so this is template-wide).
    /// </summary>
    public bool UsesLoopObject { get; set; }
}
