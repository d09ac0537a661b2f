namespace ModularCrm.Templating.Parsing;

internal enum TokenKind
{
    Raw,
    Escape,
    CodeEnter,
    CodeExit,
    NewLine,
    SemiColon,
    Identifier,
    LocalVar,
    Number,
    String,
    Interpolated,
    Punct,
    Invalid,
    Eof,
}

/// <summary>A token; positions are offsets into the template text so line/column are computed only for errors.</summary>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string Text)
{
    /// <summary>True when whitespace precedes the token (decides between `f (x)` call-with-arg and `f(x)`).</summary>
    public bool SpaceBefore { get; init; }

    public bool Is(string punct) => Kind == TokenKind.Punct && Text == punct;

    public bool IsWord(string word) => Kind == TokenKind.Identifier && Text == word;
}
