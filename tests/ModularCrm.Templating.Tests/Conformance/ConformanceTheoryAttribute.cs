using ModularCrm.Testing;

namespace ModularCrm.Templating.Tests.Conformance;

/// <summary>A theory over the corpus: skipped with the reason printed when the corpus folder is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ConformanceTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets the skip reason from the corpus location.</summary>
    public ConformanceTheoryAttribute()
    {
        Skip = ExternalRequirement.SkipReason(ScribanCorpus.Available, $"Scriban conformance corpus not found at {ScribanCorpus.Folder} (set {ScribanCorpus.Variable})");
    }
}
