namespace ModularCrm.Testing;

/// <summary>A fact that runs only when an executable or folder exists (for example /usr/bin/chromium).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresFileFactAttribute : FactAttribute
{
    /// <summary>Skips the test, with the reason printed, unless <paramref name="path"/> exists.</summary>
    public RequiresFileFactAttribute(string path, string what)
    {
        Path = path;
        Skip = ExternalRequirement.SkipReason(File.Exists(path) || Directory.Exists(path), $"{what} not found at {path}");
    }

    /// <summary>The file or folder the test needs.</summary>
    public string Path { get; }
}
