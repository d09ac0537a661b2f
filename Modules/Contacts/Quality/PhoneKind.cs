namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>What a normalised phone number reaches.</summary>
public enum PhoneKind
{
    /// <summary>French mobile (06, 07, and the overseas mobile ranges).</summary>
    Mobile,

    /// <summary>French fixed line: geographic 01 to 05 and the "box" numbers 09.</summary>
    Landline,

    /// <summary>French special services 08 (free, shared cost or premium rate).</summary>
    Special,

    /// <summary>A number outside the French plan, kept because it was given in international form.</summary>
    Foreign,
}
