using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Host.Modules;
using ModularCrm.Testing;

namespace ModularCrm.Host.Tests.Modules.Loading;

public sealed class NativeLibraryIsolationTests
{
    [RequiresFileFact("/proc/self/maps", "procfs (to see which native libraries the process mapped)")]
    public void Load_ModuleShippingANativeLibrary_RunsItFromTheModulesOwnFolder()
    {
        using var sandbox = new PluginsSandbox().With("NativeSqlite");
        var catalog = sandbox.Load();
        using var provider = new ServiceCollection()
            .AddModules(new ConfigurationBuilder().Build(), catalog)
            .BuildServiceProvider();

        var version = provider.GetRequiredKeyedService<Func<string, string>>("native-sqlite")("select sqlite_version()");

        Assert.Matches(@"^3\.\d+\.\d+$", version);
        var moduleFolder = catalog.Find("native-sqlite")!.Directory;
        Assert.Contains(
            File.ReadLines("/proc/self/maps"),
            line => line.Contains(moduleFolder, StringComparison.Ordinal) && line.EndsWith("libe_sqlite3.so", StringComparison.Ordinal));
    }
}
