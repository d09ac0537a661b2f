using System.Diagnostics;

namespace ModularCrm.Sales.Bench;

/// <summary>
/// Prepares the bench shop through the host's own admin CLI (a separate process on the same database): the shop,
/// its modules, a user and an API token, as an operator would.
/// </summary>
internal static class AdminCommands
{
    public static async Task<string> PrepareShopAsync(string databasePath, string shop)
    {
        const string email = "bench@modularcrm.local";
        await RunAsync(databasePath, "shops", "create", shop, "--name", "Boutique bench");
        await RunAsync(databasePath, "modules", "enable", "contacts", "--shop", shop);
        await RunAsync(databasePath, "modules", "enable", "sales", "--shop", shop);
        await RunAsync(databasePath, "users", "create", email, "--password", "correct horse battery staple", "--shop", shop, "--role", "admin");
        return (await RunAsync(databasePath, "tokens", "create", email, "--shop", shop, "--name", "bench")).Trim().Split('\n')[^1].Trim();
    }

    private static async Task<string> RunAsync(string databasePath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ModularCrm.Host.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in BenchHost.Settings(databasePath))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ModularCrm.Host {string.Join(' ', args)} failed ({process.ExitCode}): {output}{error}");
        }

        return output;
    }
}
