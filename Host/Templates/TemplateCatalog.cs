using System.Reflection;
using ModularCrm.Host.Modules;
using ModularCrm.Templating;

namespace ModularCrm.Host.Templates;

/// <summary>
/// The templates every loaded module embeds (<c>Templates/**/*.sbn</c>, see Directory.Build.targets), read and parsed
/// once when the host starts: modules cannot change while it runs.
/// </summary>
internal sealed class TemplateCatalog
{
    private const string Prefix = "Templates/";
    private const string TemplateExtension = ".sbn";
    private const string SampleSuffix = ".sample.json";

    private readonly Dictionary<string, ModuleTemplate> byFullName;

    public TemplateCatalog(ModuleCatalog modules, ILogger<TemplateCatalog> logger)
    {
        byFullName = new Dictionary<string, ModuleTemplate>(StringComparer.Ordinal);
        foreach (var module in modules.Modules.Where(m => m.Assembly is not null))
        {
            foreach (var template in Discover(module.Id, module.Assembly!))
            {
                byFullName[template.FullName] = template;
                if (template.Default.HasErrors)
                {
                    // The module's own bug: its other templates still work, this one fails when rendered.
                    logger.LogWarning("Module {Module} ships a template that does not parse: {Errors}", module.Id, string.Join("; ", template.Default.Errors));
                }
            }
        }

        All = byFullName.Values.OrderBy(t => t.ModuleId, StringComparer.Ordinal).ThenBy(t => t.Path, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<ModuleTemplate> All { get; }

    public ModuleTemplate? Find(string fullName) => byFullName.GetValueOrDefault(fullName);

    public static TemplateMode ModeOf(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? TemplateMode.Html : TemplateMode.Text;

    private static IEnumerable<ModuleTemplate> Discover(string moduleId, Assembly assembly)
    {
        var resources = assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        foreach (var resource in resources.Where(r => r.EndsWith(TemplateExtension, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var path = resource[Prefix.Length..^TemplateExtension.Length];
            var mode = ModeOf(path);
            var text = Read(assembly, resource);
            var sampleResource = Prefix + path + SampleSuffix;
            var sample = resources.Contains(sampleResource) ? Read(assembly, sampleResource) : null;
            yield return new ModuleTemplate(moduleId, path, mode, text, Template.Parse(text, $"{moduleId}/{path}", mode), sample);
        }
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
