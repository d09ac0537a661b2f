namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>Why an e-mail address was refused (<see cref="None"/> when it is usable).</summary>
public enum EmailProblem
{
    /// <summary>The address is usable (it may still carry a suggestion).</summary>
    None,

    /// <summary>Nothing was typed.</summary>
    Empty,

    /// <summary>No "@".</summary>
    MissingAt,

    /// <summary>More than one "@".</summary>
    MultipleAt,

    /// <summary>Nothing before the "@".</summary>
    EmptyLocalPart,

    /// <summary>The part before the "@" has a forbidden character or a misplaced dot.</summary>
    InvalidLocalPart,

    /// <summary>Nothing after the "@".</summary>
    EmptyDomain,

    /// <summary>The domain has a forbidden character, an empty label or a misplaced hyphen.</summary>
    InvalidDomain,

    /// <summary>The domain has no extension (".fr", ".com"...).</summary>
    MissingTld,

    /// <summary>The extension is not made of letters or is one letter long.</summary>
    InvalidTld,

    /// <summary>The extension is one keystroke away from a common one (".frr", ".cmo").</summary>
    TldTypo,

    /// <summary>The address exceeds 254 characters (or its local part 64).</summary>
    TooLong,
}
