namespace ModularCrm.Modules.Contacts;

/// <summary>The module's settings, from the host configuration section <c>Modules:contacts</c>.</summary>
internal sealed class ContactsOptions
{
    /// <summary>
    /// Where uploaded CSV files wait (one sub-folder per shop id) between the upload, the dry run and the end of the
    /// background import. Point it at lasting storage shared by every host process: a queued import needs its file.
    /// </summary>
    public string ImportDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data", "contact-imports");

    /// <summary>The pause between two passes of the import job over the shops.</summary>
    public TimeSpan ImportInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Data rows per chunk: one transaction, one checkpoint, one progress step.</summary>
    public int ImportChunkRows { get; set; } = 2000;

    /// <summary>
    /// How long one pass may work for one shop before leaving the rest to the next pass, so that the other shops get
    /// their turn; at least one chunk is done per pass. Zero: exactly one chunk per pass.
    /// </summary>
    public TimeSpan ImportPassTime { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long an import stays claimed by a process after its last checkpoint; a process that died leaves it
    /// to another one after this.</summary>
    public TimeSpan ImportLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Passes that may fail in a row (database errors, a crash) before the import is marked failed.</summary>
    public int ImportMaxAttempts { get; set; } = 5;
}
