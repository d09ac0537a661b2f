using System.Diagnostics;

namespace ModularCrm.Contacts.Benchmarks;

/// <summary>Prints the process's memory figures after a run.</summary>
internal static class MemoryFigures
{
    public static void Print()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var info = GC.GetGCMemoryInfo();
        Console.WriteLine($"peak working set   : {process.PeakWorkingSet64 / 1048576.0:F1} MB");
        Console.WriteLine($"GC heap            : {info.HeapSizeBytes / 1048576.0:F1} MB at last GC, {info.TotalCommittedBytes / 1048576.0:F1} MB committed");
        Console.WriteLine($"allocated in total : {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB");
        Console.WriteLine($"collections        : gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}");
        Console.WriteLine($"GC mode            : {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} cores");
    }
}
