using ModularCrm.Contacts.Benchmarks;

// Usage: dotnet run -c Release --project tests/Benchmarks/ModularCrm.Contacts.Benchmarks -- <command> [rows]
//   import-parse N   generate an N-row CSV in a temp file, then parse it with CsvContactReader
//   export-write N   export N contacts with ContactCsvExporter to a temp file
//   duplicates N     run DuplicateDetector over N generated candidates
//   import-db N      import N generated rows into a real SQLite database, then time prefix searches (p50/p95)
var command = args.Length > 0 ? args[0] : "import-parse";
var rows = args.Length > 1 && int.TryParse(args[1], out var n) && n > 0 ? n : 1_000_000;
switch (command)
{
    case "import-parse":
        ImportParseCommand.Run(rows);
        return 0;
    case "export-write":
        ExportWriteCommand.Run(rows);
        return 0;
    case "duplicates":
        DuplicatesCommand.Run(rows);
        return 0;
    case "import-db":
        await ImportDbCommand.RunAsync(rows, searches: 400);
        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{command}': use import-parse, export-write, duplicates or import-db");
        return 2;
}
