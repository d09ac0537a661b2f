namespace ModularCrm.Templating.Runtime;

/// <summary>
/// The `for` / `while` / `tablerow` object of one running loop. An iteration only moves two fields; members
/// (`index`, `first`, `changed`...) are computed when read, so a loop pays nothing for members nobody reads and
/// boxes nothing (small integers and booleans come from the shared box caches). Templates reach it only as
/// `for.member`: the parser refuses the keyword as a value and checks the member name per loop kind.
/// </summary>
internal sealed class LoopVariables
{
    private object? _previous;
    private object? _current;

    private LoopVariables(int length, int columns)
    {
        Length = length;
        Columns = columns;
    }

    /// <summary>Position of the current iteration (0-based).</summary>
    public int Index { get; private set; }

    /// <summary>Number of items iterated (-1 for `while`, which does not know it).</summary>
    public int Length { get; }

    /// <summary>`tablerow` columns per row (1 otherwise).</summary>
    public int Columns { get; }

    public static LoopVariables For(int length) => new(length, 1);

    public static LoopVariables While() => new(-1, 1);

    public static LoopVariables Tablerow(int length, int columns) => new(length, columns);

    /// <summary>Moves to the iteration <paramref name="index"/> over <paramref name="item"/>.</summary>
    public void MoveTo(int index, object? item)
    {
        _previous = _current;
        _current = item;
        Index = index;
    }

    public bool TryGet(string name, out object? value)
    {
        var column = Index % Columns;
        value = name switch
        {
            "index" => Numbers.Box(Index),
            "rindex" => Numbers.Box(Length - Index - 1),
            "first" => Ops.Bool(Index == 0),
            "last" => Ops.Bool(Index == Length - 1),
            "even" => Ops.Bool(Index % 2 == 0),
            "odd" => Ops.Bool(Index % 2 == 1),
            "length" => Numbers.Box(Length),
            "changed" => Ops.Bool(Index == 0 || !Ops.AreEqual(_previous, _current)),
            "col" => Numbers.Box(column + 1),
            "col0" => Numbers.Box(column),
            "col_first" => Ops.Bool(column == 0),
            "col_last" => Ops.Bool(column == Columns - 1),
            _ => null,
        };
        return value is not null;
    }
}
