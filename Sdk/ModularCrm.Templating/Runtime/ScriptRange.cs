namespace ModularCrm.Templating.Runtime;

/// <summary>An integer range (<c>1..5</c>, <c>1..&lt;5</c>), enumerated lazily.</summary>
internal sealed class ScriptRange(long from, long to) : IEnumerable<object?>
{
    public long From { get; } = from;

    public long To { get; } = to;

    public long Count => Math.Abs(To - From) + 1;

    public IEnumerator<object?> GetEnumerator()
    {
        var step = To >= From ? 1 : -1;
        for (var i = From; ; i += step)
        {
            yield return Numbers.Box(i);
            if (i == To)
            {
                yield break;
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
