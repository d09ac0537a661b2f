using ModularCrm.Testing;

namespace ModularCrm.Templating.Tests.Conformance;

/// <summary>A fact over the corpus: skipped with the reason printed when the corpus folder is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason from the corpus location.</summary>
    public ConformanceFactAttribute()
    {
        Skip = ExternalRequirement.SkipReason(ScribanCorpus.Available, $"Scriban conformance corpus not found at {ScribanCorpus.Folder} (set {ScribanCorpus.Variable})");
    }
}
