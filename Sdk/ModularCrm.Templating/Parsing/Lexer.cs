using System.Text;

namespace ModularCrm.Templating.Parsing;

/// <summary>
/// Splits a template into raw text and code tokens in one pass. Whitespace control (`-`/`~` markers) is applied
/// here by narrowing the neighbouring raw tokens, so the parser never sees trimmed whitespace.
/// </summary>
internal sealed partial class Lexer
{
    private static readonly string[] Operators =
    [
        "..<", "...", "//=", "..", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "??", "?!", "?.", "++", "--", "+=", "-=",
        "*=", "/=", "%=", "//", "=", "+", "-", "*", "/", "%", "<", ">", "!", "(", ")", "[", "]", "{", "}", ",", ":", ".",
        "|", "?", "^", "&", "@",
    ];

    private readonly string _text;
    private readonly int _end;
    private readonly List<Token> _tokens;
    private readonly List<(int Offset, string Message)> _errors;
    private List<(int Offset, string Message)>? _blockErrors;
    private bool _ranOut;
    private int _pos;
    private int _braceDepth;

    private Lexer(string text, int start, int end, List<(int, string)> errors)
    {
        _text = text;
        _pos = start;
        _end = end;
        _tokens = new List<Token>();
        _errors = errors;
    }

    /// <summary>
    /// Tokenizes a whole template (text mode first). <paramref name="blockErrors"/> receives the blocks left open at the
    /// end of the text (`{{` without `}}`, `{%{` without `}%}`): the root cause of whatever else fails, always reported.
    /// </summary>
    public static List<Token> Tokenize(string text, List<(int, string)> errors, List<(int, string)> blockErrors)
    {
        var lexer = new Lexer(text, 0, text.Length, errors) { _blockErrors = blockErrors };
        lexer.LexTemplate();
        return lexer._tokens;
    }

    /// <summary>Tokenizes a code fragment (the inside of an interpolated string's braces).</summary>
    public static List<Token> TokenizeCode(string text, int start, int end, List<(int, string)> errors)
    {
        var lexer = new Lexer(text, start, end, errors);
        lexer.LexCode(inFragment: true);
        lexer._tokens.Add(new Token(TokenKind.Eof, end, end, string.Empty));
        return lexer._tokens;
    }

    private char Peek(int ahead = 0) => _pos + ahead < _end ? _text[_pos + ahead] : '\0';

    private void LexTemplate()
    {
        var trimNextAll = false;
        var trimNextLine = false;
        while (_pos < _end)
        {
            var rawStart = _pos;
            var enterAt = FindEnter(out var percents);
            var rawEnd = enterAt < 0 ? _end : enterAt;
            var start = rawStart;
            if (trimNextAll)
            {
                while (start < rawEnd && char.IsWhiteSpace(_text[start]))
                {
                    start++;
                }
            }
            else if (trimNextLine)
            {
                while (start < rawEnd && (_text[start] == ' ' || _text[start] == '\t'))
                {
                    start++;
                }

                if (start < rawEnd && _text[start] == '\r' && start + 1 < rawEnd && _text[start + 1] == '\n')
                {
                    start += 2;
                }
                else if (start < rawEnd && _text[start] == '\n')
                {
                    start++;
                }
            }

            trimNextAll = trimNextLine = false;
            var end = rawEnd;
            if (enterAt >= 0)
            {
                var marker = enterAt + 2 + percents;
                var c = marker < _end ? _text[marker] : '\0';
                if (c == '-')
                {
                    while (end > start && char.IsWhiteSpace(_text[end - 1]))
                    {
                        end--;
                    }
                }
                else if (c == '~')
                {
                    while (end > start && (_text[end - 1] == ' ' || _text[end - 1] == '\t'))
                    {
                        end--;
                    }
                }
            }

            if (end > start)
            {
                _tokens.Add(new Token(TokenKind.Raw, start, end, string.Empty));
            }

            if (enterAt < 0)
            {
                break;
            }

            _pos = enterAt + 2 + percents;
            var hasMarker = Peek() == '-' || Peek() == '~';
            if (hasMarker)
            {
                _pos++;
            }

            if (percents > 0)
            {
                LexEscape(enterAt, percents, ref trimNextAll, ref trimNextLine);
                continue;
            }

            _tokens.Add(new Token(TokenKind.CodeEnter, enterAt, _pos, "{{"));
            _braceDepth = 0;
            var exit = LexCode(inFragment: false);
            if (_tokens[^1].Kind != TokenKind.CodeExit && !_ranOut)
            {
                // Not when a string ran to the end of the text: that error already names the real cause.
                _blockErrors?.Add((enterAt, "The code block opened here with `{{` is not closed: `}}` is missing before the end of the template."));
            }

            if (exit == '-')
            {
                trimNextAll = true;
            }
            else if (exit == '~')
            {
                trimNextLine = true;
            }
        }

        _tokens.Add(new Token(TokenKind.Eof, _end, _end, string.Empty));
    }

    /// <summary>Finds the next `{{` or `{%..%{` opening; returns -1 when none.</summary>
    private int FindEnter(out int percents)
    {
        percents = 0;
        for (var i = _pos; i + 1 < _end; i++)
        {
            if (_text[i] != '{')
            {
                continue;
            }

            if (_text[i + 1] == '{')
            {
                return i;
            }

            if (_text[i + 1] == '%')
            {
                var j = i + 1;
                while (j < _end && _text[j] == '%')
                {
                    j++;
                }

                if (j < _end && _text[j] == '{')
                {
                    percents = j - i - 1;
                    return i;
                }
            }
        }

        return -1;
    }

    private void LexEscape(int enterAt, int percents, ref bool trimNextAll, ref bool trimNextLine)
    {
        var close = "}" + new string('%', percents) + "}";
        var closeAt = _text.IndexOf(close, _pos, _end - _pos, StringComparison.Ordinal);
        if (closeAt < 0)
        {
            var open = "{" + new string('%', percents) + "{";
            _blockErrors?.Add((enterAt, $"The escape block opened here with `{open}` is not closed: `{close}` is missing before the end of the template."));
            _tokens.Add(new Token(TokenKind.Escape, _pos, _end, string.Empty));
            _pos = _end;
            return;
        }

        var contentEnd = closeAt;
        if (closeAt > _pos && (_text[closeAt - 1] == '-' || _text[closeAt - 1] == '~'))
        {
            trimNextAll = _text[closeAt - 1] == '-';
            trimNextLine = _text[closeAt - 1] == '~';
            contentEnd--;
        }

        if (contentEnd > _pos)
        {
            _tokens.Add(new Token(TokenKind.Escape, _pos, contentEnd, string.Empty));
        }

        _pos = closeAt + close.Length;
    }

    private void Add(TokenKind kind, int start, string text, bool space) =>
        _tokens.Add(new Token(kind, start, _pos, text) { SpaceBefore = space });

    /// <summary>Lexes code until `}}`; returns the whitespace marker of the exit ('-', '~' or ' ').</summary>
    private char LexCode(bool inFragment)
    {
        var space = true;
        while (_pos < _end)
        {
            var c = _text[_pos];
            var start = _pos;
            if (c == ' ' || c == '\t' || (c == '\r' && Peek(1) != '\n'))
            {
                _pos++;
                space = true;
                continue;
            }

            if (c == '\n' || (c == '\r' && Peek(1) == '\n'))
            {
                _pos += c == '\r' ? 2 : 1;
                Add(TokenKind.NewLine, start, "\n", space);
                space = true;
                continue;
            }

            if (!inFragment && _braceDepth == 0 && TryExit(out var marker))
            {
                return marker;
            }

            if (c == '#')
            {
                SkipComment(inFragment);
                space = true;
                continue;
            }

            if (c == ';')
            {
                _pos++;
                Add(TokenKind.SemiColon, start, ";", space);
            }
            else if (char.IsAsciiDigit(c))
            {
                LexNumber();
                Add(TokenKind.Number, start, _text[start.._pos], space);
            }
            else if (c == '"' || c == '\'')
            {
                var value = LexString(c);
                Add(TokenKind.String, start, value, space);
            }
            else if (c == '`')
            {
                var value = LexVerbatim();
                Add(TokenKind.String, start, value, space);
            }
            else if (c == '$' && (Peek(1) == '"' || Peek(1) == '\''))
            {
                _pos++;
                SkipInterpolated(_text[_pos]);
                Add(TokenKind.Interpolated, start, string.Empty, space);
            }
            else if (c == '$')
            {
                _pos++;
                if (Peek() == '$')
                {
                    _pos++;
                }
                else
                {
                    while (_pos < _end && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
                    {
                        _pos++;
                    }
                }

                Add(TokenKind.LocalVar, start, _text[start.._pos], space);
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                while (_pos < _end && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
                {
                    _pos++;
                }

                // `empty?` style names: a `?` glued to the name and not starting `?.`, `??`, `?!`.
                if (Peek() == '?' && !IsAnyOf(Peek(1), ".?!") && !char.IsAsciiLetterOrDigit(Peek(1)))
                {
                    _pos++;
                }

                // Interned so member lookups on small objects match by reference.
                Add(TokenKind.Identifier, start, string.Intern(_text[start.._pos]), space);
            }
            else
            {
                var op = MatchOperator();
                if (op is null)
                {
                    _pos++;
                    Add(TokenKind.Invalid, start, c.ToString(), space);
                }
                else
                {
                    _pos += op.Length;
                    if (op == "{")
                    {
                        _braceDepth++;
                    }
                    else if (op == "}" && _braceDepth > 0)
                    {
                        _braceDepth--;
                    }

                    Add(TokenKind.Punct, start, op, space);
                }
            }

            space = false;
        }

        return ' ';
    }

    private static bool IsAnyOf(char c, string set) => set.Contains(c, StringComparison.Ordinal);

    private bool TryExit(out char marker)
    {
        marker = ' ';
        var c = _text[_pos];
        if ((c == '-' || c == '~') && Peek(1) == '}' && Peek(2) == '}')
        {
            marker = c;
            _tokens.Add(new Token(TokenKind.CodeExit, _pos, _pos + 3, "}}"));
            _pos += 3;
            return true;
        }

        if (c == '}' && Peek(1) == '}')
        {
            _tokens.Add(new Token(TokenKind.CodeExit, _pos, _pos + 2, "}}"));
            _pos += 2;
            return true;
        }

        return false;
    }

    private void SkipComment(bool inFragment)
    {
        var multi = Peek(1) == '#';
        _pos += multi ? 2 : 1;
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (!inFragment && _braceDepth == 0 && (c == '}' || c == '-' || c == '~') && LooksLikeExit())
            {
                return;
            }

            if (multi && c == '#' && Peek(1) == '#')
            {
                _pos += 2;
                return;
            }

            if (!multi && (c == '\n' || c == '\r'))
            {
                return;
            }

            _pos++;
        }
    }

    private bool LooksLikeExit() =>
        (_text[_pos] == '}' && Peek(1) == '}') || ((_text[_pos] == '-' || _text[_pos] == '~') && Peek(1) == '}' && Peek(2) == '}');

    private string? MatchOperator()
    {
        foreach (var op in Operators)
        {
            if (string.CompareOrdinal(_text, _pos, op, 0, op.Length) == 0 && _pos + op.Length <= _end)
            {
                return op;
            }
        }

        return null;
    }

    private void LexNumber()
    {
        if (Peek() == '0' && (Peek(1) == 'x' || Peek(1) == 'X' || Peek(1) == 'b' || Peek(1) == 'B'))
        {
            _pos += 2;
            while (_pos < _end && (char.IsAsciiHexDigit(_text[_pos]) || _text[_pos] == '_'))
            {
                _pos++;
            }
        }
        else
        {
            SkipDigits();
            if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
            {
                _pos++;
                SkipDigits();
            }

            if ((Peek() == 'e' || Peek() == 'E') && (char.IsAsciiDigit(Peek(1)) || ((Peek(1) == '-' || Peek(1) == '+') && char.IsAsciiDigit(Peek(2)))))
            {
                _pos += 2;
                SkipDigits();
            }
        }

        if (IsAnyOf(Peek(), "fFdDmMuUlL") && !char.IsAsciiLetterOrDigit(Peek(1)))
        {
            _pos++;
        }
    }

    private void SkipDigits()
    {
        while (_pos < _end && (char.IsAsciiDigit(_text[_pos]) || _text[_pos] == '_'))
        {
            _pos++;
        }
    }

    private string LexString(char quote)
    {
        var start = _pos;
        _pos++;
        var sb = new StringBuilder();
        while (_pos < _end && _text[_pos] != quote)
        {
            var c = _text[_pos++];
            if (c != '\\' || _pos >= _end)
            {
                sb.Append(c);
                continue;
            }

            AppendEscape(sb);
        }

        if (_pos >= _end)
        {
            Unterminated(start, quote);
        }
        else
        {
            _pos++;
        }

        return sb.ToString();
    }

    /// <summary>Decodes the escape after a backslash (the backslash is already consumed).</summary>
    private void AppendEscape(StringBuilder sb)
    {
        var e = _text[_pos++];
        switch (e)
        {
            case 'n': sb.Append('\n'); break;
            case 'r': sb.Append('\r'); break;
            case 't': sb.Append('\t'); break;
            case 'b': sb.Append('\b'); break;
            case 'f': sb.Append('\f'); break;
            case '0': sb.Append('\0'); break;
            case 'u' when _pos + 4 <= _end:
                sb.Append((char)Convert.ToInt32(_text.Substring(_pos, 4), 16));
                _pos += 4;
                break;
            case 'x' when _pos + 2 <= _end:
                sb.Append((char)Convert.ToInt32(_text.Substring(_pos, 2), 16));
                _pos += 2;
                break;
            default: sb.Append(e); break;
        }
    }

    private string LexVerbatim()
    {
        var start = _pos;
        _pos++;
        var sb = new StringBuilder();
        while (_pos < _end)
        {
            var c = _text[_pos++];
            if (c == '`')
            {
                if (Peek() == '`')
                {
                    sb.Append('`');
                    _pos++;
                    continue;
                }

                return sb.ToString();
            }

            sb.Append(c);
        }

        Unterminated(start, '`');
        return sb.ToString();
    }

    /// <summary>
    /// A string that runs to the end of the text swallows every `}}` and `end` after it, so the errors that follow
    /// are noise: unless an earlier lexing error explains it, it is reported first and even when parsing stops.
    /// </summary>
    private void Unterminated(int start, char quote)
    {
        (_blockErrors is not null && _errors.Count == 0 ? _blockErrors : _errors).Add((start, "Unexpected end of file while parsing a string not terminated by a " + quote));
        _ranOut = true;
    }
}
