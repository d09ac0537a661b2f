using ModularCrm.Host.Modules.Manifest;
using ModularCrm.Testing;

namespace ModularCrm.Host.Tests.Modules;

public sealed class ModuleArchitectureTests
{
    private static readonly string ModulesFolder = Path.Combine(RepoPaths.Root, "Modules");

    public static TheoryData<string> ModuleProjects() =>
        new(Directory.EnumerateFiles(ModulesFolder, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepoPaths.Root, path)));

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void ModuleProject_ReferencesNeitherHostNorAnotherModule(string project)
    {
        var path = Path.Combine(RepoPaths.Root, project);

        Assert.Empty(ModuleReferenceRules.ProjectViolations(path, File.ReadAllText(path), RepoPaths.Root));
    }

    [Fact]
    public void BuiltModules_ReferenceNeitherHostNorAnotherModuleAssembly()
    {
        var modules = Directory.EnumerateDirectories(Path.Combine(AppContext.BaseDirectory, "plugins"))
            .Select(folder => (Folder: folder, Manifest: ModuleManifestReader.ReadFile(Path.Combine(folder, ModuleManifest.FileName))))
            .ToList();
        Assert.NotEmpty(modules);
        var assemblyNames = modules.Select(module => Path.GetFileNameWithoutExtension(module.Manifest.Assembly)).ToList();

        var violations = modules.SelectMany(module =>
        {
            var own = Path.GetFileNameWithoutExtension(module.Manifest.Assembly);
            var forbidden = assemblyNames.Where(name => name != own).Append(ModuleReferenceRules.HostAssembly).ToHashSet();
            return ModuleReferenceRules.AssemblyViolations(Path.Combine(module.Folder, module.Manifest.Assembly), forbidden);
        });

        Assert.Empty(violations);
    }

    [Theory]
    [InlineData(@"..\Sales\ModularCrm.Modules.Sales.csproj")]
    [InlineData("../../Host/ModularCrm.Host.csproj")]
    public void ProjectViolations_ModuleReferencingAnotherModuleOrTheHost_IsReported(string reference)
    {
        var project = Path.Combine(ModulesFolder, "Contacts", "ModularCrm.Modules.Contacts.csproj");
        var xml = $"""<Project Sdk="Microsoft.NET.Sdk"><ItemGroup><ProjectReference Include="{reference}" /></ItemGroup></Project>""";

        var violation = Assert.Single(ModuleReferenceRules.ProjectViolations(project, xml, RepoPaths.Root));

        Assert.Equal($"ModularCrm.Modules.Contacts.csproj references {reference}", violation);
    }

    [Fact]
    public void ProjectViolations_ModuleReferencingTheSdk_IsAllowed()
    {
        var project = Path.Combine(ModulesFolder, "Contacts", "ModularCrm.Modules.Contacts.csproj");
        const string xml = """<Project><ItemGroup><ProjectReference Include="..\..\Sdk\ModularCrm.Sdk\ModularCrm.Sdk.csproj" /></ItemGroup></Project>""";

        Assert.Empty(ModuleReferenceRules.ProjectViolations(project, xml, RepoPaths.Root));
    }

    [Fact]
    public void AssemblyViolations_AssemblyReferencingTheHost_IsReported()
    {
        // This test assembly references the host, as a module must not.
        var self = typeof(ModuleArchitectureTests).Assembly.Location;

        var violation = Assert.Single(ModuleReferenceRules.AssemblyViolations(self, new HashSet<string> { ModuleReferenceRules.HostAssembly }));

        Assert.Equal("ModularCrm.Host.Tests.dll references ModularCrm.Host", violation);
    }
}
