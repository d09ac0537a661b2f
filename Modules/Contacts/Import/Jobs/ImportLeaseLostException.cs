namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>An import's lease ran out and another process holds it now: this one stops, its chunk rolled back.</summary>
internal sealed class ImportLeaseLostException() : Exception("import repris par un autre processus (bail expiré)");
