using ModularCrm.Templating.Runtime;
using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Parsing;

internal sealed partial class Parser
{
    private static readonly HashSet<string> EndOnly = ["end"];
    private static readonly HashSet<string> EndOrElse = ["end", "else"];
    private static readonly HashSet<string> CaseStops = ["end", "else", "when"];

    private const string IfSyntax = "if <expression> ... end|else|else if";
    private const string ForSyntax = "for <variable> in <expression> ... end";

    private bool RequireEnd(Token terminator, string statement, string syntax, int errorOffset, bool evenAfterAbort = false)
    {
        if (!_abort && terminator.Kind == TokenKind.Identifier && terminator.Text == "end")
        {
            _pos++;
            return true;
        }

        if (!_abort || evenAfterAbort)
        {
            // Scriban reports a missing `end` where the input ran out: the last token before the end of the file.
            if (!_abort && terminator.Kind == TokenKind.Eof && _tokens.Count > 1)
            {
                errorOffset = _tokens[^2].Start;
            }

            ErrorAt(errorOffset, $"Error while parsing {statement} statement: The <end> statement was not found in: {syntax}");
        }

        _abort = true;
        return false;
    }

    private Expr? RequireCondition(string statement, string syntax)
    {
        var token = Cur;
        if (!IsExpressionStart(token))
        {
            ErrorAt(token.Start, $"Error while parsing {statement} statement: Expecting <expression> instead of `{Show(token)}` in: {syntax}");
            _abort = true;
            return null;
        }

        return ParseExpression();
    }

    private Expr RequireExpression(string statement)
    {
        var token = Cur;
        if (!IsExpressionStart(token))
        {
            ErrorAt(token.Start, $"Error while parsing {statement} statement: Expecting <expression> instead of `{Show(token)}`");
            _abort = true;
            return new LiteralExpr(null);
        }

        return ParseExpression();
    }

    private Stmt? ParseIf()
    {
        var ifToken = Take();
        var condition = RequireCondition("if", IfSyntax);
        if (condition is null)
        {
            return null;
        }

        ExpectEndOfStatement();
        var then = ParseStatements(EndOrElse, out var terminator);
        Stmt? otherwise = null;
        if (!_abort && terminator.Kind == TokenKind.Identifier && terminator.Text == "else")
        {
            _pos++;
            if (_tokens[_pos].IsWord("if"))
            {
                otherwise = ParseIf();
                return At(new IfStmt(condition, then, otherwise), ifToken.Start);
            }

            ExpectEndOfStatement();
            otherwise = ParseStatements(EndOnly, out terminator);
        }

        RequireEnd(terminator, "if", IfSyntax, ifToken.Start);
        return At(new IfStmt(condition, then, otherwise), ifToken.Start);
    }

    private Stmt? ParseFor(bool tablerow)
    {
        var forToken = Take();
        var name = tablerow ? "tablerow" : "for";
        var syntax = tablerow ? "tablerow <variable> in <expression> ... end" : ForSyntax;
        var variable = _tokens[_pos];
        if (variable.Kind is not (TokenKind.Identifier or TokenKind.LocalVar) || variable.Text is "$" or "$$")
        {
            ErrorAt(forToken.Start, $"Error while parsing {name} statement: Expecting a variable instead of `{Show(variable)}` in: {syntax}");
            _abort = true;
            return null;
        }

        _pos++;
        if (!_tokens[_pos].IsWord("in"))
        {
            ErrorAt(forToken.Start, $"Error while parsing {name} statement: Expecting 'in' word instead of `{Show(_tokens[_pos])}` in: {syntax}");
            _abort = true;
            return null;
        }

        _pos++;
        _forParams = true;
        var iterable = RequireCondition(name, syntax);
        _forParams = false;
        if (iterable is null)
        {
            return null;
        }

        Expr? limit = null, offset = null, cols = null;
        var reversed = false;
        while (_tokens[_pos].Kind == TokenKind.Identifier)
        {
            var word = _tokens[_pos].Text;
            if (word == "reversed")
            {
                reversed = true;
                _pos++;
                continue;
            }

            if (word is not ("limit" or "offset" or "cols") || !Next().Is(":"))
            {
                break;
            }

            _pos += 2;
            var value = ParseUnary(false);
            switch (word)
            {
                case "limit": limit = value; break;
                case "offset": offset = value; break;
                default: cols = value; break;
            }
        }

        ExpectEndOfStatement();
        _loopDepth++;
        var body = ParseStatements(EndOrElse, out var terminator);
        _loopDepth--;
        Stmt? otherwise = null;
        if (!_abort && terminator.IsWord("else"))
        {
            _pos++;
            ExpectEndOfStatement();
            otherwise = ParseStatements(EndOnly, out terminator);
        }

        RequireEnd(terminator, name, syntax, forToken.Start);
        var isLocal = variable.Kind == TokenKind.LocalVar;
        return At(
            new ForStmt
            {
                Flags = _flags,
                Variable = isLocal ? variable.Text[1..] : variable.Text,
                IsLocal = isLocal,
                Iterable = iterable,
                Limit = limit,
                Offset = offset,
                Columns = cols,
                Reversed = reversed,
                IsTablerow = tablerow,
                Body = body,
                Else = otherwise,
            },
            forToken.Start);
    }

    private Stmt? ParseWhile()
    {
        var whileToken = Take();
        const string syntax = "while <expression> ... end";
        var condition = RequireCondition("while", syntax);
        if (condition is null)
        {
            return null;
        }

        ExpectEndOfStatement();
        _loopDepth++;
        var body = ParseStatements(EndOnly, out var terminator);
        _loopDepth--;
        RequireEnd(terminator, "while", syntax, whileToken.Start);
        return At(new WhileStmt(condition, body, _flags), whileToken.Start);
    }

    private Stmt? ParseCase()
    {
        var caseToken = Take();
        const string syntax = "case <expression> ... when <expression> ... end|else";
        var value = RequireCondition("case", syntax);
        if (value is null)
        {
            return null;
        }

        ExpectEndOfStatement();
        var whens = new List<(List<Expr>, Stmt)>();
        Stmt? otherwise = null;
        ParseStatements(CaseStops, out var terminator);
        while (!_abort && terminator.IsWord("when"))
        {
            _pos++;
            var values = new List<Expr> { ParseExpression() };
            while (Cur.Is(","))
            {
                _pos++;
                values.Add(ParseExpression());
            }

            ExpectEndOfStatement();
            var body = ParseStatements(CaseStops, out terminator);
            whens.Add((values, body));
        }

        if (!_abort && terminator.IsWord("else"))
        {
            if (whens.Count == 0)
            {
                ErrorAt(terminator.Start, "A else condition must be preceded by another if/else/when condition or a for loop.");
                _abort = true;
                return null;
            }

            _pos++;
            ExpectEndOfStatement();
            otherwise = ParseStatements(EndOnly, out terminator);
        }

        RequireEnd(terminator, "case", syntax, caseToken.Start);
        return At(new CaseStmt(value, whens, otherwise), caseToken.Start);
    }

    private Stmt? ParseCapture()
    {
        var token = Take();
        var target = ParseUnary(false);
        ExpectEndOfStatement();
        var body = ParseStatements(EndOnly, out var terminator);
        RequireEnd(terminator, "capture", "capture <variable> ... end", token.Start);
        return At(new CaptureStmt(target, body), token.Start);
    }

    private Stmt? ParseWith()
    {
        var token = Take();
        var target = ParseUnary(false);
        ExpectEndOfStatement();
        var body = ParseStatements(EndOnly, out var terminator);
        RequireEnd(terminator, "with", "with <variable> ... end", token.Start);
        return At(new WithStmt(target, body), token.Start);
    }

    private Stmt? ParseReadonly()
    {
        var token = Take();
        var name = Take();
        return At(new ReadonlyStmt(name.Kind == TokenKind.LocalVar ? name.Text[1..] : name.Text), token.Start);
    }

    private Stmt? ParseWrap()
    {
        var token = Take();
        var target = ParseExpression();
        ExpectEndOfStatement();
        var body = ParseStatements(EndOnly, out var terminator);
        RequireEnd(terminator, "wrap", "wrap <function_expression> ... end", token.Start);
        return At(new WrapStmt(target, body), token.Start);
    }

    private Stmt? ParseFunc()
    {
        var token = Take();
        var nameToken = Take();
        Expr target = nameToken.Kind == TokenKind.LocalVar
            ? new LocalVar(nameToken.Text[1..]) { Start = nameToken.Start, End = nameToken.End }
            : new GlobalVar(nameToken.Text) { Start = nameToken.Start, End = nameToken.End };
        List<FunctionParameter>? parameters = null;
        if (_tokens[_pos].Is("(") && !_tokens[_pos].SpaceBefore)
        {
            parameters = ParseParameters();
        }

        var function = ParseFunctionBody(nameToken.Text, parameters, nameToken.Start, "func <variable> ... end");
        return function is null ? null : At(new FuncDeclStmt(target, function), token.Start);
    }

    private UserFunction? ParseFunctionBody(string name, List<FunctionParameter>? parameters, int errorOffset, string syntax)
    {
        ExpectEndOfStatement();
        var headerFailed = _abort;
        _abort = false;
        if (headerFailed)
        {
            // Scriban drops the rest of the code block after a broken function header.
            while (_tokens[_pos].Kind is not (TokenKind.CodeExit or TokenKind.Eof))
            {
                _pos++;
            }

            ErrorAt(errorOffset, $"Error while parsing function statement: The <end> statement was not found in: {syntax}");
            _abort = true;
            return null;
        }

        _parameters.Push(parameters is null ? [] : parameters.Select(p => p.Name).ToHashSet());
        var loopDepth = _loopDepth;
        _loopDepth = 0;
        var body = ParseStatements(EndOnly, out var terminator);
        _loopDepth = loopDepth;
        _parameters.Pop();
        RequireEnd(terminator, "function", syntax, errorOffset);
        return new UserFunction(name, parameters, body);
    }

    private List<FunctionParameter> ParseParameters()
    {
        _pos++;
        var parameters = new List<FunctionParameter>();
        var sawOptional = false;
        var sawVariadic = false;
        while (!Cur.Is(")") && Cur.Kind != TokenKind.Eof)
        {
            var name = Take();
            Expr? defaultValue = null;
            var variadic = false;
            if (Cur.Is("..."))
            {
                _pos++;
                variadic = true;
            }
            else if (Cur.Is("="))
            {
                _pos++;
                defaultValue = ParseUnary(false);
            }

            if (defaultValue is not null && sawVariadic)
            {
                ErrorAt(name.Start, "Cannot declare an optional parameter after a variable parameter (`...`).");
            }
            else if (defaultValue is null && !variadic && (sawOptional || sawVariadic))
            {
                ErrorAt(name.Start, "Cannot declare a normal parameter after an optional parameter.");
            }

            sawOptional |= defaultValue is not null;
            sawVariadic |= variadic;
            parameters.Add(new FunctionParameter(name.Kind == TokenKind.LocalVar ? name.Text[1..] : name.Text, defaultValue, variadic));
            if (Cur.Is(","))
            {
                _pos++;
            }
        }

        Take();
        return parameters;
    }

    private Stmt? ParseExpressionStatement()
    {
        var start = _tokens[_pos];
        if (!IsExpressionStart(start))
        {
            ErrorAt(start.Start, $"Unexpected token {Show(start)}");
            _abort = true;
            return null;
        }

        _assignNest = _nest;
        var expr = ParseExpression();
        _assignNest = -1;
        var op = Cur;
        BinaryOp? compound = op.Kind == TokenKind.Punct ? op.Text switch
        {
            "+=" => BinaryOp.Add,
            "-=" => BinaryOp.Subtract,
            "*=" => BinaryOp.Multiply,
            "/=" => BinaryOp.Divide,
            "//=" => BinaryOp.DivideInt,
            "%=" => BinaryOp.Modulo,
            _ => null,
        } : null;
        if (!op.Is("=") && compound is null)
        {
            return At(new ExprStmt(expr), start.Start);
        }

        _pos++;
        if (op.Is("=") && expr is CallExpr { Parenthesized: true } call && call.Target is GlobalVar functionName
            && call.Args.All(a => a.Value is GlobalVar && a.Name is null))
        {
            // `f(x, y) = expression`: a one-line function.
            var parameters = call.Args.Select(a => new FunctionParameter(((GlobalVar)a.Value).Name, null, false)).ToList();
            _parameters.Push(parameters.Select(p => p.Name).ToHashSet());
            var bodyExpr = ParseExpression();
            _parameters.Pop();
            var ret = new RetStmt(bodyExpr) { Start = bodyExpr.Start, End = bodyExpr.End };
            var function = new UserFunction(functionName.Name, parameters, ret);
            return At(new FuncDeclStmt(functionName, function), start.Start);
        }

        if (expr is not IAssignable || (expr is ParenExpr paren && paren.Inner is not IAssignable))
        {
            var at = expr is ParenExpr p ? p.Inner.Start : expr.Start;
            ErrorAt(at, "Unsupported target expression for assignment.");
            _abort = true;
            return null;
        }

        var value = ParseExpression();
        return At(new AssignStmt(expr, compound, value, op.Start), start.Start);
    }
}
