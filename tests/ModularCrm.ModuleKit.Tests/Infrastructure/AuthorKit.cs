using System.Collections.Concurrent;
using System.Diagnostics;
using ModularCrm.Testing;

namespace ModularCrm.ModuleKit.Tests.Infrastructure;

/// <summary>
/// What a third-party author has: the SDK packed as NuGet packages into a local folder (one folder per SDK
/// version), and module projects built from those packages alone, outside the repository. Each version is packed
/// once and each module variant built once per test run, whichever tests ask first; <see cref="Timings"/> says
/// what each step cost.
/// </summary>
public sealed class AuthorKit : IDisposable
{
    /// <summary>The public NuGet source the author's own NuGet.config lists beside the local folder.</summary>
    public const string PublicSource = "https://api.nuget.org/v3/index.json";

    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _steps = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _timings = new();

    /// <summary>The temporary folder holding package folders, module sources, outputs and plugins folders.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory("modularcrm-kit-").FullName;

    /// <summary>Each step done so far with its duration, for the test output.</summary>
    public IReadOnlyCollection<string> Timings => _timings;

    /// <summary>Where NuGet extracts packages for module builds: new each run, so a repacked SDK is never stale.</summary>
    public string PackagesFolder => Path.Combine(Root, "packages");

    /// <summary>The environment of every author-side command: the isolated packages folder.</summary>
    public IReadOnlyDictionary<string, string> AuthorEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesFolder };

    /// <summary>
    /// A local package folder with ModularCrm.Sdk and ModularCrm.Templating packed from the repository as
    /// <paramref name="sdkVersion"/>, plus the module template package.
    /// </summary>
    public Task<string> PackageFolderAsync(string sdkVersion) => Once($"pack {sdkVersion}", async () =>
    {
        var feed = Path.Combine(Root, "feeds", sdkVersion);
        var artifacts = Path.Combine(Root, "artifacts", sdkVersion);
        string[] common = ["-c", "Release", "-o", feed, "--artifacts-path", artifacts, $"-p:ModularCrmSdkVersion={sdkVersion}"];
        await DotNetCli.RunAsync(RepoPaths.Root, null, ["pack", RepoFile("Sdk/ModularCrm.Sdk/ModularCrm.Sdk.csproj"), .. common]);
        // Built by the SDK's pack above (a project reference), with the same version: only packed here.
        await DotNetCli.RunAsync(RepoPaths.Root, null, ["pack", RepoFile("Sdk/ModularCrm.Templating/ModularCrm.Templating.csproj"), "--no-build", .. common]);
        await DotNetCli.RunAsync(RepoPaths.Root, null, ["pack", RepoFile("templates/ModularCrm.Templates.csproj"), .. common]);
        return feed;
    });

    /// <summary>
    /// Builds the sample module of <c>samples/GiftCards</c> against SDK <paramref name="sdkVersion"/>, with the
    /// version 1.1.0 overlay of <c>samples/GiftCards.v2</c> when <paramref name="v2"/>; returns the output folder.
    /// </summary>
    public Task<string> GiftCardsAsync(string sdkVersion, bool v2 = false) => Once($"gift-cards sdk {sdkVersion}{(v2 ? " v2" : "")}", async () =>
    {
        var source = Path.Combine(Root, "src", $"gift-cards-{sdkVersion}{(v2 ? "-v2" : "")}");
        CopyFolder(RepoFile("samples/GiftCards"), source);
        if (v2)
        {
            CopyFolder(RepoFile("samples/GiftCards.v2"), source);
        }

        await WriteNuGetConfigAsync(source, await PackageFolderAsync(sdkVersion));
        var output = Path.Combine(Root, "out", Path.GetFileName(source));
        await DotNetCli.RunAsync(source, AuthorEnvironment, "build", "GiftCards.csproj", "-c", "Release", "-o", output, $"-p:GiftCardsSdkVersion={sdkVersion}");
        return output;
    });

    /// <summary>A new plugins folder holding each module output under its folder name.</summary>
    public string PluginsFolder(params (string Folder, string ModuleOutput)[] modules)
    {
        var plugins = Path.Combine(Root, "plugins", Guid.NewGuid().ToString("N"));
        foreach (var (folder, output) in modules)
        {
            CopyFolder(output, Path.Combine(plugins, folder));
        }

        return plugins;
    }

    /// <summary>
    /// A NuGet.config as the guide tells authors to write it: the local package folder, then the public source;
    /// the machine's packages folder as a fallback so that test frameworks are not downloaded again.
    /// </summary>
    public Task WriteNuGetConfigAsync(string folder, string packageFolder)
    {
        var fallback = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return File.WriteAllTextAsync(Path.Combine(folder, "NuGet.config"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="modularcrm-local" value="{packageFolder}" />
                <add key="nuget.org" value="{PublicSource}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{fallback}" />
              </fallbackPackageFolders>
            </configuration>
            """);
    }

    /// <summary>Runs <paramref name="step"/> once per <paramref name="name"/> for the whole run, timing it.</summary>
    public Task<string> Once(string name, Func<Task<string>> step) =>
        _steps.GetOrAdd(name, _ => new Lazy<Task<string>>(async () =>
        {
            var clock = Stopwatch.StartNew();
            var result = await step();
            _timings.Enqueue($"{name}: {clock.Elapsed.TotalSeconds:0.0} s");
            return result;
        })).Value;

    /// <summary>A path in the repository checkout these tests run from.</summary>
    public static string RepoFile(string relative) => Path.Combine(RepoPaths.Root, relative);

    /// <summary>Copies a folder's files (without bin/ and obj/), merging into <paramref name="target"/>.</summary>
    public static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj")
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing host: the temp folder is cleaned by the OS later.
        }
    }
}
