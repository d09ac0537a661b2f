namespace ModularCrm.Modules.Contacts.Import;

/// <summary>How much an import issue matters.</summary>
public enum ImportSeverity
{
    /// <summary>The row is imported; the value concerned is left empty (or kept, for advice) and flagged.</summary>
    Warning,

    /// <summary>The row is skipped.</summary>
    Error,
}
