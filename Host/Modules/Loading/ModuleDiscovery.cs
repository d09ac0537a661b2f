using ModularCrm.Host.Modules.Manifest;

namespace ModularCrm.Host.Modules.Loading;

/// <summary>Finds module folders (immediate subfolders holding a module.json) and reads their manifests, no code loaded.</summary>
internal static class ModuleDiscovery
{
    public static List<ModuleCandidate> Discover(string pluginsFolder)
    {
        var candidates = new List<ModuleCandidate>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var folders = System.IO.Directory.EnumerateDirectories(pluginsFolder)
            .Where(folder => File.Exists(Path.Combine(folder, ModuleManifest.FileName)))
            .OrderBy(folder => folder, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var candidate = Read(pluginsFolder, folder);
            if (candidate.Manifest is not null && !seen.TryAdd(candidate.Id, folder))
            {
                candidate.Refuse(ModuleState.Failed, $"id '{candidate.Id}' is already used by the module in {seen[candidate.Id]}");
            }

            candidates.Add(candidate);
        }

        return candidates;
    }

    private static ModuleCandidate Read(string pluginsFolder, string folder)
    {
        var folderName = Path.GetFileName(folder);
        var realFolder = PathGuard.RealPath(folder);
        if (!PathGuard.IsInside(realFolder, pluginsFolder))
        {
            var outside = new ModuleCandidate(folderName, realFolder, null);
            outside.Refuse(ModuleState.Failed, $"the folder resolves to {realFolder}, outside the plugins folder {pluginsFolder}");
            return outside;
        }

        ModuleManifest manifest;
        try
        {
            manifest = ModuleManifestReader.ReadFile(Path.Combine(realFolder, ModuleManifest.FileName));
        }
        catch (Exception ex) when (ex is ModuleManifestException or IOException or UnauthorizedAccessException)
        {
            var invalid = new ModuleCandidate(folderName, realFolder, null);
            invalid.Refuse(ModuleState.Failed, ex.Message);
            return invalid;
        }

        var candidate = new ModuleCandidate(manifest.Id, realFolder, manifest);
        var assemblyPath = PathGuard.RealPath(Path.Combine(realFolder, manifest.Assembly));
        if (!PathGuard.IsInside(assemblyPath, realFolder))
        {
            candidate.Refuse(ModuleState.Failed, $"module.json: 'assembly' \"{manifest.Assembly}\" resolves to {assemblyPath}, outside the module folder");
        }
        else if (!File.Exists(assemblyPath))
        {
            candidate.Refuse(ModuleState.Failed, $"module.json: 'assembly' \"{manifest.Assembly}\" was not found in {realFolder}");
        }

        candidate.AssemblyPath = assemblyPath;
        return candidate;
    }
}
