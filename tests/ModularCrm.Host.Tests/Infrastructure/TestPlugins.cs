namespace ModularCrm.Host.Tests.Infrastructure;

/// <summary>
/// A plugins folder made for one test: the bundled modules the build copied into <c>plugins/</c> plus the named
/// fixture modules from <c>fixture-modules/</c> (real projects under tests/Fixtures/Modules, built with the suite).
/// </summary>
internal sealed class TestPlugins : IDisposable
{
    private TestPlugins(string path) => Path = path;

    public string Path { get; }

    public static TestPlugins BundledWith(params string[] fixtureFolders)
    {
        var path = Directory.CreateTempSubdirectory("modularcrm-plugins-").FullName;
        CopyTree(System.IO.Path.Combine(AppContext.BaseDirectory, "plugins"), path);
        foreach (var fixture in fixtureFolders)
        {
            var source = System.IO.Path.Combine(AppContext.BaseDirectory, "fixture-modules", fixture);
            Assert.True(Directory.Exists(source), $"fixture module {fixture} was not built into {source}");
            CopyTree(source, System.IO.Path.Combine(path, fixture));
        }

        return new TestPlugins(path);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Assemblies loaded into non-collectible load contexts stay mapped until the test process ends.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopyTree(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }
}
