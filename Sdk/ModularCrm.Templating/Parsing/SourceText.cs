namespace ModularCrm.Templating.Parsing;

/// <summary>Template text with a line index, so offsets turn into 1-based line/column on demand.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string name)
    {
        Text = text;
        Name = name;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    public string Name { get; }

    public (int Line, int Column) Position(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, offset - _lineStarts[index] + 1);
    }
}
