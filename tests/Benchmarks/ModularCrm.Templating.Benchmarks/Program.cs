using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/Benchmarks/ModularCrm.Templating.Benchmarks -- --filter '*' --job short`
BenchmarkSwitcher.FromAssembly(typeof(ModularCrm.Templating.Benchmarks.InvoiceBenchmarks).Assembly).Run(args);
