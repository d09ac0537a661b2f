using System.Globalization;
using System.Numerics;
using ModularCrm.Templating.Runtime;
using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Parsing;

internal sealed partial class Parser
{
    private Expr ParsePrimary()
    {
        var token = Cur;
        switch (token.Kind)
        {
            case TokenKind.Number:
                _pos++;
                return At(new LiteralExpr(ParseNumber(token.Text)), token.Start);
            case TokenKind.String:
                _pos++;
                return At(new LiteralExpr(token.Text), token.Start);
            case TokenKind.Interpolated:
                _pos++;
                return ParseInterpolated(token);
            case TokenKind.LocalVar:
                _pos++;
                return At(LocalVariable(token.Text), token.Start);
            case TokenKind.Identifier:
                return ParseIdentifier();
            case TokenKind.Punct when token.Text == "(":
                return ParseParenthesized();
            case TokenKind.Punct when token.Text == "[":
                return ParseArrayInitializer();
            case TokenKind.Punct when token.Text == "{":
                return ParseObjectInitializer();
        }

        ErrorAt(token.Start, $"Unexpected token `{Show(token)}` while parsing expression");
        _abort = true;
        return At(new LiteralExpr(null), token.Start);
    }

    private static Expr LocalVariable(string text)
    {
        if (text == "$")
        {
            return new ArgsVar();
        }

        if (text == "$$")
        {
            return new WrapBodyVar();
        }

        return int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? new ArgVar(index)
            : new LocalVar(text[1..]);
    }

    private Expr ParseIdentifier()
    {
        var token = Take();
        switch (token.Text)
        {
            case "true": return At(new LiteralExpr(Ops.True), token.Start);
            case "false": return At(new LiteralExpr(Ops.False), token.Start);
            case "null": return At(new LiteralExpr(null), token.Start);
            case "empty": return At(new EmptyExpr(), token.Start);
            case "this": return At(new ThisExpr(), token.Start);
            case "do":
                var function = ParseFunctionBody("do", null, token.Start, "do ... end");
                return At<Expr>(function is null ? new LiteralExpr(null) : new FunctionExpr(function), token.Start);
        }

        if (LoopMembers.ContainsKey(token.Text))
        {
            _flags.UsesLoopObject = true;
        }

        if (LoopMembers.TryGetValue(token.Text, out var members) && _tokens[_pos].Is(".") && Next().Kind == TokenKind.Identifier)
        {
            var member = Next().Text;
            if (!members.Contains(member))
            {
                ErrorAt(token.Start, $"The loop variable <{token.Text}.{member}> is invalid");
            }
        }

        foreach (var parameters in _parameters)
        {
            if (parameters.Contains(token.Text))
            {
                return At(new LocalVar(token.Text), token.Start);
            }
        }

        return At(new GlobalVar(token.Text), token.Start);
    }

    private Expr ParseParenthesized()
    {
        var open = Take();
        _nest++;
        _newLineSkip++;
        var inner = ParseExpression();
        _newLineSkip--;
        if (Cur.Is(")"))
        {
            _pos++;
        }
        else if (!_abort)
        {
            ErrorAt(Cur.Start, $"Invalid token `{Show(Cur)}`. Expecting a closing `)`.");
            _abort = true;
        }

        _nest--;
        return At(new ParenExpr(inner), open.Start);
    }

    private Expr ParseArrayInitializer()
    {
        var open = Take();
        _nest++;
        _newLineSkip++;
        var items = new List<Expr>();
        while (!Cur.Is("]") && !_abort)
        {
            if (!IsExpressionStart(Cur))
            {
                ErrorAt(Cur.Start, $"Unexpected token found `{Show(Cur)}` while expecting `]`.");
                _abort = true;
                break;
            }

            items.Add(ParseExpression());
            if (Cur.Is(","))
            {
                _pos++;
            }
            else if (!Cur.Is("]"))
            {
                ErrorAt(Cur.Start, $"Unexpected token found `{Show(Cur)}` while expecting `]`.");
                _abort = true;
                break;
            }
        }

        _newLineSkip--;
        if (!_abort)
        {
            _pos++;
        }

        _nest--;
        return At(new ArrayInitExpr(items), open.Start);
    }

    private Expr ParseObjectInitializer()
    {
        var open = Take();
        _nest++;
        _newLineSkip++;
        var members = new List<(string, Expr)>();
        var failed = false;
        while (!Cur.Is("}") && Cur.Kind != TokenKind.Eof)
        {
            var keyToken = Cur;
            var key = keyToken.Text;
            if (keyToken.Kind is TokenKind.Identifier or TokenKind.String)
            {
                _pos++;
            }
            else
            {
                ErrorAt(keyToken.Start, $"Unexpected token `{Show(keyToken)}` while parsing object initializer. Expecting a simple identifier for the member name.");
                _pos++;
                failed = true;
            }

            if (Cur.Is(":"))
            {
                _pos++;
            }
            else
            {
                ErrorAt(Cur.Start, $"Unexpected token `{Show(Cur)}` Expecting a colon : after identifier `{key}` for object initializer member name");
                failed = true;
            }

            Expr value;
            if (IsExpressionStart(Cur))
            {
                value = ParseExpression();
            }
            else
            {
                ErrorAt(Cur.Start, $"Unexpected token `{Show(Cur)}`. Expecting an expression for the value of the member.");
                failed = true;
                value = new LiteralExpr(null);
            }

            members.Add((key, value));
            if (failed)
            {
                break;
            }

            if (Cur.Is(","))
            {
                _pos++;
            }
            else if (!Cur.Is("}"))
            {
                ErrorAt(Cur.Start, $"Unexpected token `{Show(Cur)}` while parsing object initializer. Expecting a `,` or a `}}`.");
                failed = true;
                break;
            }
        }

        _newLineSkip--;
        if (!failed && Cur.Is("}"))
        {
            _pos++;
        }

        _nest--;
        return At(new ObjectInitExpr(members), open.Start);
    }

    private Expr ParseInterpolated(Token token)
    {
        var parts = new List<object>();
        foreach (var (offset, message) in _lexErrors.Where(e => e.Offset >= token.Start && e.Offset <= token.End).ToList())
        {
            ErrorAt(offset, message);
            _reportedLexErrors.Add(offset);
        }

        var errorsBefore = _lexErrors.Count;
        foreach (var part in Lexer.SplitInterpolated(_source.Text, token.Start, token.End, _lexErrors))
        {
            if (part.Literal is not null)
            {
                parts.Add(part.Literal);
                continue;
            }

            var tokens = Lexer.TokenizeCode(_source.Text, part.ExprStart, part.ExprEnd, _lexErrors);
            var sub = new Parser(_source, tokens, _errors, _lexErrors) { _flags = _flags };
            sub._parameters.Push(_parameters.SelectMany(p => p).ToHashSet());
            foreach (var (offset, message) in _lexErrors.Skip(errorsBefore))
            {
                ErrorAt(offset, message);
                _reportedLexErrors.Add(offset);
            }

            errorsBefore = _lexErrors.Count;
            var expr = sub.ParseExpression();
            if (sub._tokens[sub._pos].Kind != TokenKind.Eof || part.ExprEnd < _source.Text.Length && _source.Text[part.ExprEnd] == '\n')
            {
                var at = sub._tokens[sub._pos].Start;
                var shown = at < _source.Text.Length && _source.Text[at] == '\n' ? "\\n" : sub.Show(sub._tokens[sub._pos]);
                ErrorAt(at, $"Unexpected token `{shown}` while parsing expression");
            }

            _abort |= sub._abort;
            parts.Add(expr);
        }

        return At(new InterpolatedExpr(parts), token.Start);
    }

    private static object ParseNumber(string text)
    {
        var clean = text.Replace("_", string.Empty, StringComparison.Ordinal);
        var suffix = char.ToLowerInvariant(clean[^1]);
        var isHex = clean.Length > 2 && clean[0] == '0' && (clean[1] is 'x' or 'X');
        var isBinary = clean.Length > 2 && clean[0] == '0' && (clean[1] is 'b' or 'B');
        if (isHex || isBinary)
        {
            var digits = suffix is 'u' or 'l' ? clean[2..^1] : clean[2..];
            var value = Convert.ToUInt64(digits, isHex ? 16 : 2);
            if (suffix == 'u')
            {
                return value <= uint.MaxValue ? (uint)value : value;
            }

            return value <= int.MaxValue ? Numbers.Box((int)value) : value <= long.MaxValue ? (long)value : value;
        }

        var body = "fdmul".Contains(suffix, StringComparison.Ordinal) ? clean[..^1] : clean;
        var inv = CultureInfo.InvariantCulture;
        switch (suffix)
        {
            case 'f': return float.Parse(body, NumberStyles.Float, inv);
            case 'd': return double.Parse(body, NumberStyles.Float, inv);
            case 'm': return decimal.Parse(body, NumberStyles.Float, inv);
        }

        if (body.Contains('.', StringComparison.Ordinal))
        {
            return double.Parse(body, NumberStyles.Float, inv);
        }

        if (body.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            if (BigInteger.TryParse(body, NumberStyles.Float, inv, out var exact))
            {
                return Numbers.Normalize(exact);
            }

            return double.Parse(body, NumberStyles.Float, inv);
        }

        var big = BigInteger.Parse(body, inv);
        if (suffix == 'u')
        {
            return big <= uint.MaxValue ? (uint)big : (ulong)big;
        }

        return Numbers.Normalize(big);
    }
}
