namespace ModularCrm.Host.Modules.Loading;

/// <summary>Resolves symbolic links in every part of a path, so that containment checks cannot be fooled by a link.</summary>
internal static class PathGuard
{
    /// <summary>The path with every symbolic link along it resolved (the path need not exist).</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = System.IO.Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                // The target's own parents may be links too.
                next = RealPath(target.FullName);
            }

            current = next;
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is strictly inside <paramref name="folder"/> (both already real paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative != "."
            && relative != ".."
            && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            && !Path.IsPathRooted(relative);
    }
}
