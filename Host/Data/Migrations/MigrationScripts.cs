using System.Reflection;
using System.Text;

namespace ModularCrm.Host.Data.Migrations;

/// <summary>Finds the scripts of a module and picks the ones one engine runs.</summary>
public static class MigrationScripts
{
    /// <summary>The engines an override file may name (<c>0003_x.{engine}.sql</c>).</summary>
    public static readonly IReadOnlyList<string> Providers = ["sqlite", "sqlserver", "postgres"];

    /// <summary>
    /// Every <c>.sql</c> resource of <paramref name="assembly"/> under a <c>Migrations</c> folder: a project that
    /// embeds <c>Migrations/**/*.sql</c> gets names like <c>Root.Namespace.Migrations.0001_init.sql</c>; the part
    /// after <c>Migrations.</c> (or <c>Migrations/</c> with a LogicalName) becomes the script name.
    /// </summary>
    public static IReadOnlyList<MigrationScript> FromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            var name = ScriptName(resource);
            if (name is null)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Resource {resource} of {assembly.GetName().Name} cannot be read.");
            using var reader = new StreamReader(stream, Encoding.UTF8);
            scripts.Add(new MigrationScript(name, reader.ReadToEnd()));
        }

        return scripts;
    }

    /// <summary>
    /// The scripts <paramref name="provider"/> runs, in name order: <c>x.{provider}.sql</c> replaces <c>x.sql</c>;
    /// overrides for other engines are dropped. The result carries the base names, as the journal records them.
    /// </summary>
    public static IReadOnlyList<MigrationScript> ForProvider(IEnumerable<MigrationScript> scripts, string provider)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        var chosen = new SortedDictionary<string, MigrationScript>(StringComparer.Ordinal);
        var overridden = new HashSet<string>(StringComparer.Ordinal);
        foreach (var script in scripts)
        {
            var (baseName, target) = Split(script.Name);
            if (target is null)
            {
                if (!overridden.Contains(baseName))
                {
                    chosen[baseName] = script with { Name = baseName };
                }
            }
            else if (target == provider)
            {
                if (!overridden.Add(baseName))
                {
                    throw new InvalidOperationException($"Two {provider} overrides for migration {baseName}.");
                }

                chosen[baseName] = script with { Name = baseName };
            }
        }

        return [.. chosen.Values];
    }

    private static (string BaseName, string? Provider) Split(string name)
    {
        foreach (var provider in Providers)
        {
            var suffix = "." + provider + ".sql";
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return (name[..^suffix.Length] + ".sql", provider);
            }
        }

        return (name, null);
    }

    private static string? ScriptName(string resource)
    {
        if (!resource.EndsWith(".sql", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var best = -1;
        foreach (var marker in new[] { "Migrations.", "Migrations/", "Migrations\\" })
        {
            var at = resource.LastIndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && (at == 0 || resource[at - 1] is '.' or '/' or '\\'))
            {
                best = Math.Max(best, at + marker.Length);
            }
        }

        return best < 0 ? null : resource[best..].Replace('\\', '/');
    }
}
