using ModularCrm.Host.Data.Migrations;

namespace ModularCrm.Host.Tests.Data.Migrations;

public sealed class MigrationScriptsTests
{
    [Fact]
    public void FromAssembly_ModuleAssembly_FindsItsEmbeddedScriptsByFileName()
    {
        var names = MigrationScripts.FromAssembly(typeof(MigrationScriptsTests).Assembly).Select(s => s.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["0001_sample.sql", "0002_sample_tags.sql", "0002_sample_tags.sqlserver.sql"], names);
    }

    [Fact]
    public void FromAssembly_HostAssembly_HoldsTheCoreSchema()
    {
        var names = MigrationScripts.FromAssembly(typeof(MigrationRunner).Assembly).Select(s => s.Name);

        Assert.Contains("0001_core.sql", names);
    }

    [Theory]
    [InlineData("sqlserver", "-- server")]
    [InlineData("sqlite", "-- portable")]
    [InlineData("postgres", "-- portable")]
    public void ForProvider_OverrideFile_ReplacesThePortableScriptOnItsEngineOnly(string provider, string expected)
    {
        MigrationScript[] scripts =
        [
            new("0002_b.sqlserver.sql", "-- server"),
            new("0002_b.sql", "-- portable"),
            new("0001_a.sql", "-- first"),
        ];

        var chosen = MigrationScripts.ForProvider(scripts, provider);

        Assert.Equal(["0001_a.sql", "0002_b.sql"], chosen.Select(s => s.Name));
        Assert.Equal(expected, chosen[1].Sql);
    }

    [Fact]
    public void Checksum_SameScriptWithWindowsLineEndings_IsUnchanged()
    {
        Assert.Equal(new MigrationScript("a.sql", "x\ny\n").Checksum, new MigrationScript("a.sql", "x\r\ny\r\n").Checksum);
        Assert.NotEqual(new MigrationScript("a.sql", "x\ny\n").Checksum, new MigrationScript("a.sql", "x\nz\n").Checksum);
    }
}
