namespace ModularCrm.Testing;

/// <summary>Locates the repository and the shared folder beside it, whatever folder the tests run from.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding ModularCrm.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The <c>shared</c> folder next to the checkout (fixtures, conformance corpus).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ModularCrm.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ModularCrm.sln not found above {AppContext.BaseDirectory}");
    }
}
