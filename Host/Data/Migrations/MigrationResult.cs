namespace ModularCrm.Host.Data.Migrations;

/// <summary>What migrating one module did.</summary>
/// <param name="ModuleId">The module (<c>core</c> for the host's own schema).</param>
/// <param name="Version">The version migrated to.</param>
/// <param name="PreviousVersion">The version installed before, null on first install: with <paramref name="Version"/> it
/// tells the caller whether to run the module's upgrade hook.</param>
/// <param name="Applied">The scripts applied by this run, in order (empty when everything was up to date).</param>
/// <param name="FailedScript">The script that failed or was refused, if any.</param>
/// <param name="Error">Why migrating failed, naming module and script; null on success.</param>
public sealed record MigrationResult(
    string ModuleId,
    string Version,
    string? PreviousVersion,
    IReadOnlyList<string> Applied,
    string? FailedScript = null,
    string? Error = null)
{
    /// <summary>True when every pending script ran and the version is recorded.</summary>
    public bool Succeeded => Error is null;

    /// <summary>True when the installed version changed (including a first install).</summary>
    public bool VersionChanged => Succeeded && !string.Equals(PreviousVersion, Version, StringComparison.Ordinal);
}
