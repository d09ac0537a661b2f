using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace ModularCrm.Sales.Bench;

/// <summary>
/// Usage: ModularCrm.Sales.Bench [chains=200] [parallel=4] [invoices=500]. Runs the whole sales chain N times through
/// the HTTP API of the real host (in-process, SQLite file), then validates M draft invoices from parallel requests,
/// and prints the rates.
/// </summary>
internal static class BenchCommand
{
    public static async Task<int> Main(string[] args)
    {
        var chains = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
        var parallel = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4;
        var invoices = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 500;

        // The host's content root is this bin folder (plugins/ included), not a source folder next to a solution.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_MODULARCRM_HOST", AppContext.BaseDirectory);
        var folder = Directory.CreateTempSubdirectory("modularcrm-sales-bench-").FullName;
        var database = Path.Combine(folder, "crm.db");
        try
        {
            var token = await AdminCommands.PrepareShopAsync(database, "bench");
            using var host = new BenchHost(database);
            using var http = host.CreateClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var chain = new SalesChain(http, "bench");

            await chain.RunAsync(0); // warm-up: JIT, template/SQL caches, connection pool
            var watch = Stopwatch.StartNew();
            await Parallel.ForAsync(1, chains + 1, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (n, _) => await chain.RunAsync(n));
            var chainSeconds = watch.Elapsed.TotalSeconds;

            var drafts = new List<string>();
            for (var i = 0; i < invoices; i++)
            {
                drafts.Add(await chain.DraftInvoiceAsync());
            }

            watch.Restart();
            await Parallel.ForEachAsync(drafts, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (id, _) => await chain.ValidateInvoiceAsync(id));
            var validateSeconds = watch.Elapsed.TotalSeconds;

            Console.WriteLine($"host in-process, SQLite {database}, {Environment.ProcessorCount} cores, {parallel} concurrent clients");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"chains:   {chains} in {chainSeconds:F2} s = {chains / chainSeconds:F1} chains/s (10 API calls each: {chains * 10 / chainSeconds:F0} requests/s; invoices validated within chains: {chains / chainSeconds:F1}/s)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"validate: {invoices} draft invoices in {validateSeconds:F2} s = {invoices / validateSeconds:F1} invoices validated/s"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
