namespace ModularCrm.Host.Jobs;

/// <summary>Configuration section <c>Jobs</c>: whether this process runs the modules' background jobs.</summary>
internal sealed class ModuleJobOptions
{
    /// <summary>
    /// Off on processes that should only serve requests; the jobs then run in the processes where it is on.
    /// </summary>
    public bool Enabled { get; set; } = true;
}
