namespace ModularCrm.Modules.Contacts.Import.Jobs;

/// <summary>The states of a background import (<c>contacts_imports.status</c>).</summary>
internal static class ImportJobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}
