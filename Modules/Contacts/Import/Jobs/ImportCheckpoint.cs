namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>What one committed chunk adds to an import: where the file is read up to, the chunk's counts and the
/// report kept so far (JSON of <see cref="KeptReport"/>).</summary>
internal sealed record ImportCheckpoint(
    long RecordsDone, long RowsDone, long Created, long Updated, long Skipped, long WithWarnings, long Issues, string ReportJson);
