namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>A key shared by too many contacts to list every pair.</summary>
/// <param name="Reason">Which kind of key.</param>
/// <param name="Key">The normalised key (address, E.164 number, or "names|postcode").</param>
/// <param name="Count">How many contacts share it.</param>
public sealed record OversizedDuplicateKey(DuplicateReasons Reason, string Key, int Count);
