namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>Why a phone number was refused (<see cref="None"/> when it is usable).</summary>
public enum PhoneProblem
{
    /// <summary>The number is usable.</summary>
    None,

    /// <summary>Nothing was typed.</summary>
    Empty,

    /// <summary>A letter or symbol that has no place in a phone number.</summary>
    InvalidCharacters,

    /// <summary>Fewer digits than the plan requires.</summary>
    TooShort,

    /// <summary>More digits than the plan allows.</summary>
    TooLong,

    /// <summary>A national number that does not start with 0, or a French number with an unassigned prefix.</summary>
    InvalidPrefix,
}
