namespace ModularCrm.Testing;

/// <summary>A fact that runs only when every listed executable or folder exists (for example chromium and pdftotext).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresFilesFactAttribute : FactAttribute
{
    /// <summary>Skips the test, naming what is missing, unless every path in <paramref name="paths"/> exists.</summary>
    /// <param name="what">What the paths are, for the skip reason (e.g. "Chromium and pdftotext (poppler-utils)").</param>
    /// <param name="paths">The files or folders the test needs.</param>
    public RequiresFilesFactAttribute(string what, params string[] paths)
    {
        Paths = paths;
        var missing = paths.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        Skip = ExternalRequirement.SkipReason(missing.Count == 0, $"{what}: not found at {string.Join(", ", missing)}");
    }

    /// <summary>The files or folders the test needs.</summary>
    public IReadOnlyList<string> Paths { get; }
}
