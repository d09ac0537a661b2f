using System.Diagnostics.Tracing;

namespace ModularCrm.Contacts.Benchmarks;

/// <summary>
/// With MODULARCRM_BENCH_ALLOC=1, samples the runtime's allocation ticks (one event per ~100 KB allocated, naming the
/// type that crossed the mark) and prints the types that allocate most: where an import's bytes go, without a profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> bytesByType = [];

    public static AllocationSampler? StartIfAsked() =>
        Environment.GetEnvironmentVariable("MODULARCRM_BENCH_ALLOC") == "1" ? new AllocationSampler() : null;

    public void Print(int top = 15)
    {
        lock (bytesByType)
        {
            var total = Math.Max(1, bytesByType.Values.Sum());
            Console.WriteLine("allocation samples (type: share of sampled bytes):");
            foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(top))
            {
                Console.WriteLine($"  {bytes * 100.0 / total,5:F1} %  {type}");
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal)
            || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var t = names.IndexOf("TypeName");
        var a = names.IndexOf("AllocationAmount64");
        var type = t >= 0 ? payload[t] as string ?? "?" : "?";
        var amount = a >= 0 ? Convert.ToInt64(payload[a], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        lock (bytesByType)
        {
            bytesByType[type] = bytesByType.GetValueOrDefault(type) + amount;
        }
    }
}
