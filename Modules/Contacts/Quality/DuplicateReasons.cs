namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>Why two contacts look like the same person (several may hold at once).</summary>
[Flags]
public enum DuplicateReasons
{
    /// <summary>No reason.</summary>
    None = 0,

    /// <summary>They share an e-mail address (case-insensitive).</summary>
    SameEmail = 1,

    /// <summary>They share a phone number once normalised to E.164.</summary>
    SamePhone = 2,

    /// <summary>Same folded first and last names (in either order) and same postcode.</summary>
    SameNameAndPostcode = 4,
}
