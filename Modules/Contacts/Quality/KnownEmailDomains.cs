namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>
/// The mailbox providers French shop customers use most, in the order a suggestion prefers them
/// (French variant first where a provider has both).
/// </summary>
public static class KnownEmailDomains
{
    /// <summary>The default list: the common French consumer providers plus the big international ones.</summary>
    public static IReadOnlyList<string> French { get; } =
    [
        "gmail.com", "yahoo.fr", "yahoo.com", "hotmail.fr", "hotmail.com", "outlook.fr", "outlook.com",
        "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "live.fr", "live.com", "icloud.com",
        "bbox.fr", "neuf.fr", "msn.com", "aol.com", "gmx.fr", "me.com", "proton.me", "protonmail.com",
        "club-internet.fr", "numericable.fr",
    ];
}
