using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace ModularCrm.Host.Tests.Modules;

/// <summary>The architecture rule: a module may reference the SDK and libraries, never the host nor another module.</summary>
internal static class ModuleReferenceRules
{
    public const string HostAssembly = "ModularCrm.Host";

    /// <summary>References in a module's project file that reach the host or another module.</summary>
    public static IEnumerable<string> ProjectViolations(string projectPath, string projectXml, string repoRoot)
    {
        var projectFolder = Path.GetDirectoryName(projectPath)!;
        var modulesFolder = Path.Combine(repoRoot, "Modules") + Path.DirectorySeparatorChar;
        var hostFolder = Path.Combine(repoRoot, "Host") + Path.DirectorySeparatorChar;
        var references = XDocument.Parse(projectXml).Descendants()
            .Where(element => element.Name.LocalName is "ProjectReference" or "Reference")
            .SelectMany(element => new[] { element.Attribute("Include")?.Value, element.Element(element.Name.Namespace + "HintPath")?.Value })
            .OfType<string>()
            .Where(value => value.Contains('/') || value.Contains('\\'));
        foreach (var reference in references)
        {
            var target = Path.GetFullPath(Path.Combine(projectFolder, reference.Replace('\\', Path.DirectorySeparatorChar)));
            var intoOtherModule = target.StartsWith(modulesFolder, StringComparison.Ordinal)
                && !target.StartsWith(projectFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (intoOtherModule || target.StartsWith(hostFolder, StringComparison.Ordinal))
            {
                yield return $"{Path.GetFileName(projectPath)} references {reference}";
            }
        }
    }

    /// <summary>Assembly references of a built assembly whose names are forbidden.</summary>
    public static IEnumerable<string> AssemblyViolations(string assemblyPath, IReadOnlySet<string> forbidden)
    {
        using var reader = new PEReader(File.OpenRead(assemblyPath));
        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetString(metadata.GetAssemblyReference(handle).Name))
            .Where(forbidden.Contains)
            .Select(name => $"{Path.GetFileName(assemblyPath)} references {name}")
            .ToList();
    }
}
