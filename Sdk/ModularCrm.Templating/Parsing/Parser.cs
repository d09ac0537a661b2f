using ModularCrm.Templating.Runtime;
using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Parsing;

/// <summary>
/// Recursive-descent parser for Scriban's default syntax. Errors are collected with Scriban's wording; after an
/// error that leaves the statement structure unknown, parsing stops (<see cref="_abort"/>) rather than cascading.
/// </summary>
internal sealed partial class Parser
{
    private static readonly HashSet<string> StatementEnds = ["end", "else", "when"];

    private readonly SourceText _source;
    private readonly List<Token> _tokens;
    private readonly List<TemplateError> _errors;
    private readonly List<(int Offset, string Message)> _lexErrors;
    private readonly Stack<HashSet<string>> _parameters = new();
    private int _pos;
    private int _newLineSkip;
    private int _loopDepth;
    private const int MaxDepth = 200;

    private ParseFlags _flags = new();
    private int _nest;
    private int _depth;
    private int _assignNest = -1;
    private bool _abort;
    private bool _forParams;

    private Parser(SourceText source, List<Token> tokens, List<TemplateError> errors, List<(int, string)> lexErrors)
    {
        _source = source;
        _tokens = tokens;
        _errors = errors;
        _lexErrors = lexErrors;
    }

    public static BlockStmt Parse(SourceText source, List<TemplateError> errors)
    {
        var lexErrors = new List<(int, string)>();
        var blockErrors = new List<(int, string)>();
        var tokens = Lexer.Tokenize(source.Text, lexErrors, blockErrors);
        var parser = new Parser(source, tokens, errors, lexErrors);

        // A block left open explains the errors that follow from it, so it comes first and survives an abort.
        foreach (var (offset, message) in blockErrors)
        {
            parser.ErrorAt(offset, message);
        }

        var block = parser.ParseStatements(null, out _);
        foreach (var (offset, message) in lexErrors.Where(e => !parser._abort && !parser._reportedLexErrors.Contains(e.Item1)))
        {
            parser.ErrorAt(offset, message);
        }

        return block;
    }

    private readonly HashSet<int> _reportedLexErrors = [];

    private Token Cur
    {
        get
        {
            if (_newLineSkip > 0)
            {
                while (_tokens[_pos].Kind == TokenKind.NewLine)
                {
                    _pos++;
                }
            }

            return _tokens[_pos];
        }
    }

    private Token Next(int ahead = 1) => _pos + ahead < _tokens.Count ? _tokens[_pos + ahead] : _tokens[^1];

    private Token Take()
    {
        var token = Cur;
        if (_pos < _tokens.Count - 1)
        {
            _pos++;
        }

        return token;
    }

    private int LastEnd => _pos > 0 ? _tokens[_pos - 1].End : 0;

    private void ErrorAt(int offset, string message)
    {
        var (line, column) = _source.Position(offset);
        _errors.Add(new TemplateError(_source.Name, line, column, message));
    }

    private string Show(Token token) => token.Kind switch
    {
        TokenKind.NewLine => "\\n",
        TokenKind.Eof => "<EOF>",
        TokenKind.CodeExit => "}}",
        _ => _source.Text[token.Start..token.End],
    };

    private static bool IsEndOfStatement(Token token) =>
        token.Kind is TokenKind.NewLine or TokenKind.SemiColon or TokenKind.CodeExit or TokenKind.Eof;

    private T At<T>(T node, int start)
        where T : Node
    {
        node.Start = start;
        node.End = Math.Max(start, LastEnd);
        return node;
    }

    /// <summary>Parses statements until one of <paramref name="stops"/> starts a statement (or the end).</summary>
    private BlockStmt ParseStatements(HashSet<string>? stops, out Token terminator)
    {
        var list = new List<Stmt>();
        while (!_abort)
        {
            var token = _tokens[_pos];
            switch (token.Kind)
            {
                case TokenKind.Eof:
                    terminator = token;
                    return new BlockStmt(list);
                case TokenKind.Raw:
                case TokenKind.Escape:
                    list.Add(new RawStmt(_source.Text[token.Start..token.End]) { Start = token.Start, End = token.End });
                    _pos++;
                    continue;
                case TokenKind.CodeEnter:
                case TokenKind.CodeExit:
                case TokenKind.NewLine:
                case TokenKind.SemiColon:
                    _pos++;
                    continue;
            }

            if (token.Kind == TokenKind.Identifier && stops is not null && stops.Contains(token.Text) && !Next().Is("."))
            {
                terminator = token;
                return new BlockStmt(list);
            }

            var statement = ParseStatement();
            if (statement is not null)
            {
                list.Add(statement);
            }

            if (!_abort)
            {
                ExpectEndOfStatement();
            }
        }

        terminator = _tokens[^1];
        return new BlockStmt(list);
    }

    private void ExpectEndOfStatement()
    {
        var token = _tokens[_pos];
        if (IsEndOfStatement(token))
        {
            return;
        }

        ErrorAt(token.Start, $"Invalid token found `{Show(token)}`. Expecting <EOL>/end of line.");
        while (!IsEndOfStatement(_tokens[_pos]))
        {
            _pos++;
        }

        _abort = true;
    }

    private Stmt? ParseStatement()
    {
        var token = _tokens[_pos];
        if (++_depth > MaxDepth)
        {
            ErrorAt(token.Start, $"The statements are nested too deeply (more than {MaxDepth} levels).");
            _abort = true;
            _depth--;
            return null;
        }

        try
        {
            return ParseStatementCore(token);
        }
        finally
        {
            _depth--;
        }
    }

    private Stmt? ParseStatementCore(Token token)
    {
        if (token.Kind == TokenKind.Identifier && !Next().Is(".") && !(Next().Is("=") && token.Text != "func"))
        {
            switch (token.Text)
            {
                case "if": return ParseIf();
                case "for": return ParseFor(false);
                case "tablerow": return ParseFor(true);
                case "while": return ParseWhile();
                case "case": return ParseCase();
                case "capture": return ParseCapture();
                case "with": return ParseWith();
                case "func": return ParseFunc();
                case "wrap": return ParseWrap();
                case "import":
                    _pos++;
                    return At(new ImportStmt(RequireExpression("import")), token.Start);
                case "readonly":
                    return ParseReadonly();
                case "ret":
                case "return":
                    _pos++;
                    return At(new RetStmt(IsEndOfStatement(_tokens[_pos]) ? null : ParseExpression()), token.Start);
                case "break":
                case "continue":
                    _pos++;
                    if (_loopDepth == 0)
                    {
                        ErrorAt(token.Start, $"The <{token.Text}> statement can only be used inside for/while loops");
                    }

                    return At(new BreakStmt(token.Text == "continue"), token.Start);
                case "else":
                case "when":
                    ErrorAt(token.Start, "A else condition must be preceded by another if/else/when condition or a for loop.");
                    _abort = true;
                    return null;
                case "end":
                    ErrorAt(token.Start, "Unable to find a pending statement for the `end` statement");
                    _abort = true;
                    return null;
            }
        }

        return ParseExpressionStatement();
    }
}
