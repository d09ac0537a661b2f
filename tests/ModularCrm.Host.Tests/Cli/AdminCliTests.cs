using System.Diagnostics;

namespace ModularCrm.Host.Tests.Cli;

/// <summary>The Host executable as the admin CLI, run as a real process on its own SQLite file.</summary>
public sealed class AdminCliTests : IDisposable
{
    private readonly string workDir = Directory.CreateTempSubdirectory("modularcrm-cli-").FullName;

    [Fact]
    public async Task ShopsModulesUsers_FromAFreshDatabase_WorkInSequence()
    {
        Assert.Equal((0, "Migrations appliquées."), Trim(await RunAsync("migrate")));
        Assert.True(File.Exists(Path.Combine(workDir, "data", "modularcrm.db")));

        Assert.Equal(0, (await RunAsync("shops", "create", "boutique-lyon", "--name", "Boutique de Lyon")).Code);
        var list = await RunAsync("shops", "list");
        Assert.Contains("boutique-lyon\tBoutique de Lyon\tfr-FR", list.Output);

        var modules = await RunAsync("modules", "list");
        Assert.Contains(Lines(modules.Output), l => l.StartsWith("contacts\t", StringComparison.Ordinal) && l.Contains("\tLoaded\t", StringComparison.Ordinal));

        var refused = await RunAsync("modules", "enable", "sales", "--shop", "boutique-lyon");
        Assert.Equal(1, refused.Code);
        Assert.Contains("Activez d'abord : contacts", refused.Output);

        Assert.Equal(0, (await RunAsync("modules", "enable", "contacts", "--shop", "boutique-lyon")).Code);
        Assert.Equal(0, (await RunAsync("modules", "enable", "sales", "--shop", "boutique-lyon")).Code);
        Assert.Contains(Lines((await RunAsync("modules", "list", "--shop", "boutique-lyon")).Output), l => l.StartsWith("sales\t", StringComparison.Ordinal) && l.Contains("\tEnabled", StringComparison.Ordinal));

        var user = await RunAsync("users", "create", "claire@boutique-lyon.fr", "--password", "un mot de passe sûr", "--shop", "boutique-lyon", "--role", "admin");
        Assert.Equal(0, user.Code);
        Assert.DoesNotContain("un mot de passe sûr", user.Output);
        var token = await RunAsync("tokens", "create", "claire@boutique-lyon.fr", "--shop", "boutique-lyon", "--name", "caisse");
        Assert.Equal(0, token.Code);
        Assert.StartsWith("mcrm_", token.Output.Trim());
        Assert.Equal((0, "1 jeton(s) révoqué(s)."), Trim(await RunAsync("tokens", "revoke", "claire@boutique-lyon.fr", "--name", "caisse")));
        var duplicate = await RunAsync("users", "create", "claire@boutique-lyon.fr", "--password", "un mot de passe sûr");
        Assert.Equal(1, duplicate.Code);
        Assert.Contains("existe déjà", duplicate.Output);
    }

    [Fact]
    public async Task UnknownCommandOrMissingOption_PrintsUsageOrTheReason()
    {
        var missing = await RunAsync("shops", "create", "sans-nom");
        Assert.Equal(1, missing.Code);
        Assert.Contains("--name", missing.Output);

        var usage = await RunAsync("shops", "explode");
        Assert.Equal(2, usage.Code);
        Assert.Contains("Usage", usage.Output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(workDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.TrimEntries);

    private static (int, string) Trim((int Code, string Output) result) => (result.Code, result.Output.Trim());

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ModularCrm.Host.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Logging__DisableConsole"] = "true";
        start.Environment["Logging__Directory"] = Path.Combine(workDir, "logs");
        start.Environment["DOTNET_CONTENTROOT"] = workDir;
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.True(string.IsNullOrEmpty(await error), await error);
        return (process.ExitCode, await output);
    }
}
