using ModularCrm.Templating.Runtime;
using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Parsing;

internal sealed partial class Parser
{
    private static readonly HashSet<string> NonExpressionWords = ["end", "else", "when", "in", "if", "for", "while", "case", "capture", "with", "func", "wrap", "import", "readonly", "ret", "return", "break", "continue", "tablerow"];

    private static readonly Dictionary<string, HashSet<string>> LoopMembers = new()
    {
        ["for"] = ["index", "rindex", "first", "last", "even", "odd", "changed", "length"],
        ["while"] = ["index", "first", "even", "odd"],
        ["tablerow"] = ["index", "rindex", "first", "last", "even", "odd", "changed", "length", "col", "col0", "col_first", "col_last"],
    };

    private static (BinaryOp Op, int Precedence)? BinaryOperator(Token token)
    {
        if (token.Kind != TokenKind.Punct)
        {
            return null;
        }

        return token.Text switch
        {
            "??" => (BinaryOp.Coalesce, 20),
            "?!" => (BinaryOp.EmptyCoalesce, 20),
            "||" => (BinaryOp.Or, 30),
            "&&" => (BinaryOp.And, 40),
            "==" => (BinaryOp.Equal, 70),
            "!=" => (BinaryOp.NotEqual, 70),
            "<" => (BinaryOp.Less, 80),
            "<=" => (BinaryOp.LessOrEqual, 80),
            ">" => (BinaryOp.Greater, 80),
            ">=" => (BinaryOp.GreaterOrEqual, 80),
            "<<" => (BinaryOp.ShiftLeft, 85),
            ">>" => (BinaryOp.ShiftRight, 85),
            ".." => (BinaryOp.RangeInclusive, 90),
            "..<" => (BinaryOp.RangeExclusive, 90),
            "+" => (BinaryOp.Add, 100),
            "-" => (BinaryOp.Subtract, 100),
            "*" => (BinaryOp.Multiply, 110),
            "/" => (BinaryOp.Divide, 110),
            "//" => (BinaryOp.DivideInt, 110),
            "%" => (BinaryOp.Modulo, 110),
            _ => null,
        };
    }

    private bool IsExpressionStart(Token token) => token.Kind switch
    {
        TokenKind.Identifier => !NonExpressionWords.Contains(token.Text) || Next(token).Is("."),
        TokenKind.LocalVar or TokenKind.Number or TokenKind.String or TokenKind.Interpolated => true,
        TokenKind.Punct => token.Text is "(" or "[" or "{" or "-" or "+" or "!" or "^" or "@" or "++" or "--",
        _ => false,
    };

    private Token Next(Token token)
    {
        var index = _tokens.IndexOf(token, _pos);
        return index >= 0 && index + 1 < _tokens.Count ? _tokens[index + 1] : _tokens[^1];
    }

    private bool IsArgumentStart(Token token)
    {
        switch (token.Kind)
        {
            case TokenKind.Identifier:
                if (_forParams && token.Text is "limit" or "offset" or "cols" or "reversed")
                {
                    return false;
                }

                return token.Text == "do" || !NonExpressionWords.Contains(token.Text);
            case TokenKind.LocalVar:
            case TokenKind.Number:
            case TokenKind.String:
            case TokenKind.Interpolated:
                return true;
            case TokenKind.Punct:
                return token.Text is "[" or "(" or "{" or "@" or "^";
            default:
                return false;
        }
    }

    private Expr ParseExpression()
    {
        var start = Cur.Start;
        var condition = ParsePipe();
        if (!Cur.Is("?"))
        {
            return condition;
        }

        _pos++;
        _newLineSkip++;
        var whenTrue = ParseExpression();
        if (Cur.Is(":"))
        {
            _pos++;
        }

        _newLineSkip--;
        var whenFalse = ParseExpression();
        return At(new ConditionalExpr(condition, whenTrue, whenFalse), start);
    }

    private Expr ParsePipe()
    {
        var start = Cur.Start;
        var left = ParseBinary(0, null);
        while (Cur.Is("|") && !_abort)
        {
            _pos++;
            _newLineSkip++;
            var token = Cur;
            _newLineSkip--;
            if (!IsExpressionStart(token))
            {
                ErrorAt(token.Start, $"Error while parsing pipe expression: Expecting <expression> instead of `{Show(token)}` in: <expression> | <expression>");
                _abort = true;
                return left;
            }

            // The destination is a call (target and arguments); operators after it apply to the piped result.
            var right = ParseUnary(true);
            left = At(new PipeExpr(left, right), start);
            left = ParseBinary(0, left);
        }

        return left;
    }

    private Expr ParseBinary(int minPrecedence, Expr? initial)
    {
        var start = initial?.Start ?? Cur.Start;
        var left = initial ?? ParseUnary(true);
        while (!_abort)
        {
            var token = Cur;
            if (token.Is("=") && _assignNest != _nest)
            {
                ErrorAt(left.Start, "Error while parsing assign expression: Expression is only allowed for a top level assignment in: <target_expression> = <value_expression>");
                _pos++;
                var value = ParseExpression();
                left = At(new ParenExpr(value), start);
                continue;
            }

            if (BinaryOperator(token) is not { } op || op.Precedence < minPrecedence)
            {
                return left;
            }

            _pos++;
            _newLineSkip++;
            var next = Cur;
            _newLineSkip--;
            if (!IsExpressionStart(next))
            {
                ErrorAt(next.Start, $"Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `{Show(next)}` in: <expression> operator <expression>");
                return left;
            }

            var savedAssign = _assignNest;
            _assignNest = -1;
            var right = ParseBinary(op.Precedence + 1, null);
            _assignNest = savedAssign;
            left = At(new BinaryExpr(op.Op, left, right, token.Start), start);
        }

        return left;
    }

    private Expr ParseUnary(bool allowCall)
    {
        var token = Cur;
        if (++_depth > MaxDepth)
        {
            // Bounded so a hostile template cannot overflow the stack (parse and evaluation are recursive).
            ErrorAt(token.Start, $"The expression is nested too deeply (more than {MaxDepth} levels).");
            _abort = true;
            _depth--;
            return At(new LiteralExpr(null), token.Start);
        }

        try
        {
            return ParseUnaryCore(allowCall, token);
        }
        finally
        {
            _depth--;
        }
    }

    private Expr ParseUnaryCore(bool allowCall, Token token)
    {
        if (token.Kind == TokenKind.Punct)
        {
            switch (token.Text)
            {
                case "!":
                case "-":
                case "+":
                    _pos++;
                    return At(new UnaryExpr(token.Text[0], ParseUnary(allowCall)), token.Start);
                case "^":
                    _pos++;
                    return At(new ExpandExpr(ParseUnary(false)), token.Start);
                case "@":
                    _pos++;
                    return At(new AliasExpr(ParsePostfix(false)), token.Start);
                case "++":
                case "--":
                    _pos++;
                    return At(new IncDecExpr(ParsePostfix(false), token.Text == "++" ? 1 : -1, true), token.Start);
            }
        }

        return ParsePostfix(allowCall);
    }

    private Expr ParsePostfix(bool allowCall)
    {
        var start = Cur.Start;
        var expr = ParsePrimary();
        while (true)
        {
            var token = _tokens[_pos];
            if ((token.Is(".") || token.Is("?.")) && Next().Kind is TokenKind.Identifier)
            {
                var name = Next();
                _pos += 2;
                expr = At(new MemberExpr(expr, name.Text, name.Start, token.Is("?.")), start);
            }
            else if (token.Is("[") && !token.SpaceBefore)
            {
                expr = ParseIndexer(expr, start);
            }
            else if (token.Is("(") && !token.SpaceBefore && expr is not LiteralExpr)
            {
                _pos++;
                expr = At(new CallExpr(expr, ParseParenthesizedArguments(), true), start);
            }
            else if ((token.Is("++") || token.Is("--")) && !token.SpaceBefore && expr is IAssignable)
            {
                _pos++;
                expr = At(new IncDecExpr(expr, token.Text == "++" ? 1 : -1, false), start);
            }
            else
            {
                break;
            }
        }

        if (allowCall && IsCallable(expr) && IsArgumentStart(_tokens[_pos]))
        {
            expr = At(new CallExpr(expr, ParseImplicitArguments(), false), start);
        }

        return expr;
    }

    private static bool IsCallable(Expr expr) =>
        expr is GlobalVar or LocalVar or MemberExpr or IndexerExpr or ArgVar or ArgsVar or ParenExpr
        || (expr is LiteralExpr { Value: null });

    private Expr ParseIndexer(Expr target, int start)
    {
        _pos++;
        _nest++;
        _newLineSkip++;
        var token = Cur;
        Expr index;
        if (!IsExpressionStart(token))
        {
            ErrorAt(token.Start, $"Error while parsing indexer expression: Expecting <index_expression> instead of `{Show(token)}` in: <expression>[<index_expression>]");
            index = new LiteralExpr(null);
        }
        else
        {
            index = ParseExpression();
        }

        if (Cur.Is("]"))
        {
            _pos++;
        }
        else
        {
            ErrorAt(Cur.Start, $"Unexpected `{Show(Cur)}`. Expecting ']'");
            _abort = true;
        }

        _newLineSkip--;
        _nest--;
        return At(new IndexerExpr(target, index), start);
    }

    private List<CallArg> ParseParenthesizedArguments()
    {
        var args = new List<CallArg>();
        _nest++;
        _newLineSkip++;
        while (!Cur.Is(")") && Cur.Kind != TokenKind.Eof && !_abort)
        {
            args.Add(ParseArgument(true));
            if (Cur.Is(","))
            {
                _pos++;
            }
            else if (!Cur.Is(")"))
            {
                ErrorAt(Cur.Start, $"Unexpected token `{Show(Cur)}`. Expecting a closing `)` for the function call");
                _abort = true;
                break;
            }
        }

        _newLineSkip--;
        if (Cur.Is(")"))
        {
            _pos++;
        }

        _nest--;
        return args;
    }

    private List<CallArg> ParseImplicitArguments()
    {
        var args = new List<CallArg>();
        while (IsArgumentStart(_tokens[_pos]) && !_abort)
        {
            args.Add(ParseArgument(false));
        }

        return args;
    }

    private CallArg ParseArgument(bool full)
    {
        var token = Cur;
        string? name = null;
        if (token.Kind == TokenKind.Identifier && Next().Is(":"))
        {
            name = token.Text;
            _pos += 2;
        }

        _nest++;
        var expr = full ? ParseExpression() : ParseUnary(false);
        _nest--;
        return expr is ExpandExpr expand ? new CallArg(name, expand.Inner, true) : new CallArg(name, expr, false);
    }
}
