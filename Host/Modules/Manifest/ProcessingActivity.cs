namespace ModularCrm.Host.Modules.Manifest;

/// <summary>One entry of the RGPD register (art. 30) that a module declares in its manifest.</summary>
/// <param name="Name">Name of the processing.</param>
/// <param name="Purpose">Why the data is processed.</param>
/// <param name="LegalBasis">Art. 6 basis: consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests.</param>
/// <param name="DataSubjects">Whose data (clients, prospects…).</param>
/// <param name="DataCategories">Which categories of data.</param>
/// <param name="Recipients">Who receives the data.</param>
/// <param name="Retention">How long it is kept, in words (with the legal reference when there is one).</param>
/// <param name="RetentionDays">The same retention in days, for automatic purges.</param>
public sealed record ProcessingActivity(
    string Name,
    string Purpose,
    string LegalBasis,
    IReadOnlyList<string> DataSubjects,
    IReadOnlyList<string> DataCategories,
    IReadOnlyList<string> Recipients,
    string Retention,
    int RetentionDays);
