namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>The outcome of a duplicate search.</summary>
/// <param name="Pairs">Likely duplicate pairs, in input order of their first member.</param>
/// <param name="OversizedKeys">Keys shared by more contacts than the detector's limit (a shop's own phone,
/// a generic address): not expanded into pairs, listed so that a person can look at them.</param>
public sealed record DuplicateReport(IReadOnlyList<DuplicatePair> Pairs, IReadOnlyList<OversizedDuplicateKey> OversizedKeys);
