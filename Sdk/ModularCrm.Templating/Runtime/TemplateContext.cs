using System.Globalization;
using System.Text;
using ModularCrm.Templating.Parsing;
using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>
/// State of one render: output, scopes, limits. One per render, never shared between threads, so the parsed
/// template itself stays immutable.
/// </summary>
internal sealed partial class TemplateContext
{
    private readonly List<ScriptObject> _globals = new(8);
    private readonly List<bool> _isLoopScope = new(8);
    private readonly List<LocalFrame> _locals = new(8);
    private readonly List<StringBuilder> _outputs = new(2);
    private readonly object? _model;
    private readonly long _deadline;
    private readonly CancellationToken _token;
    private int _depth;

    public TemplateContext(SourceText source, TemplateMode mode, TemplateOptions options, object? model, StringBuilder output)
    {
        Source = source;
        Mode = mode;
        Options = options;
        Culture = options.Culture;
        _model = model;
        _token = options.CancellationToken;
        _deadline = options.Timeout is { } timeout ? Environment.TickCount64 + (long)timeout.TotalMilliseconds : long.MaxValue;
        _globals.Add(Builtins.BuiltinObjects.Shared);
        _isLoopScope.Add(false);
        UserGlobals = new ScriptObject();
        _globals.Add(UserGlobals);
        _isLoopScope.Add(false);
        _locals.Add(new LocalFrame(false, null, null));
        _outputs.Add(output);
        Output = output;
    }

    public SourceText Source { get; set; }

    public TemplateMode Mode { get; }

    public TemplateOptions Options { get; }

    public CultureInfo Culture { get; set; }

    public ScriptObject UserGlobals { get; }

    public StringBuilder Output { get; private set; }

    public FlowState Flow { get; set; }

    /// <summary>Positions of `array.cycle` groups for this render.</summary>
    public Dictionary<string, int> CycleCounters => _cycles ??= new Dictionary<string, int>(StringComparer.Ordinal);

    private Dictionary<string, int>? _cycles;

    /// <summary>Body handed by a `wrap` statement to the function it is about to call.</summary>
    public ScriptCallable? PendingWrapBody { get; set; }

    public object? ReturnValue { get; set; }

    /// <summary>Number of loops being executed (break/continue outside a loop is an error).</summary>
    public int LoopDepth { get; set; }

    public ScriptObject CurrentGlobal
    {
        get
        {
            for (var i = _globals.Count - 1; ; i--)
            {
                if (!_isLoopScope[i])
                {
                    return _globals[i];
                }
            }
        }
    }

    public TemplateRuntimeException Error(Node node, string message) => Error(node.Start, message);

    public TemplateRuntimeException Error(int offset, string message)
    {
        var (line, column) = Source.Position(offset);
        return new TemplateRuntimeException(Source.Name, line, column, message);
    }

    /// <summary>Called once per loop iteration and function call: enforces the clock and cancellation.</summary>
    public void CheckAbort(Node node)
    {
        if (_token.IsCancellationRequested)
        {
            throw Error(node, "The render was cancelled.");
        }

        if (Environment.TickCount64 > _deadline)
        {
            throw Error(node, $"The render exceeded its timeout of {Options.Timeout!.Value.TotalMilliseconds:0} ms.");
        }
    }

    public void EnterCall(Node node, string name)
    {
        _depth++;
        if (Options.RecursionLimit > 0 && _depth > Options.RecursionLimit)
        {
            throw Error(node, $"Exceeding number of recursive depth limit `{Options.RecursionLimit}` for function call `{name}`");
        }

        CheckAbort(node);
    }

    public void ExitCall() => _depth--;

    // ---- globals -------------------------------------------------------------------------------------------

    public object? GetGlobal(string name)
    {
        for (var i = _globals.Count - 1; i >= 1; i--)
        {
            if (_globals[i].TryGet(name, out var value))
            {
                return value;
            }
        }

        if (_model is not null && ObjectAccessor.TryGetMember(this, _model, name, out var member))
        {
            return member;
        }

        return _globals[0].Get(name);
    }

    public void SetGlobal(Node node, string name, object? value)
    {
        for (var i = _globals.Count - 1; i >= 0 && _isLoopScope[i]; i--)
        {
            if (_globals[i].Contains(name))
            {
                _globals[i].Set(name, value);
                return;
            }
        }

        var target = CurrentGlobal;
        if (target.IsReadOnly(name) || target.Frozen)
        {
            throw Error(node, $"Cannot set the readonly variable `{name}`");
        }

        target.Set(name, value);
    }

    public void SetReadOnly(string name)
    {
        for (var i = _globals.Count - 1; i >= 1; i--)
        {
            if (_globals[i].Contains(name))
            {
                _globals[i].SetReadOnly(name);
                return;
            }
        }

        CurrentGlobal.SetReadOnly(name);
    }

    public void PushGlobal(ScriptObject scope, bool isLoop)
    {
        _globals.Add(scope);
        _isLoopScope.Add(isLoop);
    }

    public void PopGlobal()
    {
        _globals.RemoveAt(_globals.Count - 1);
        _isLoopScope.RemoveAt(_isLoopScope.Count - 1);
    }

    // ---- locals --------------------------------------------------------------------------------------------

    public LocalFrame CurrentFrame => _locals[^1];

    public LocalFrame? FunctionFrame
    {
        get
        {
            for (var i = _locals.Count - 1; i >= 0; i--)
            {
                if (_locals[i].IsFunction)
                {
                    return _locals[i];
                }
            }

            return null;
        }
    }

    public void PushFrame(LocalFrame frame) => _locals.Add(frame);

    public void PopFrame() => _locals.RemoveAt(_locals.Count - 1);

    public object? GetLocal(string name)
    {
        // Walks every frame so a `do ... end` block passed to a builtin still sees its enclosing parameters.
        for (var i = _locals.Count - 1; i >= 0; i--)
        {
            if (_locals[i].Vars is { } vars && vars.TryGet(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    public void SetLocal(string name, object? value)
    {
        for (var i = _locals.Count - 1; i >= 0; i--)
        {
            var frame = _locals[i];
            if (frame.Vars is { } vars && vars.Contains(name))
            {
                vars.Set(name, value);
                return;
            }

            if (frame.IsFunction)
            {
                break;
            }
        }

        (CurrentFrame.Vars ??= new ScriptObject()).Set(name, value);
    }

    // ---- output --------------------------------------------------------------------------------------------

    public void PushOutput()
    {
        Output = new StringBuilder();
        _outputs.Add(Output);
    }

    public string PopOutput()
    {
        var text = Output.ToString();
        _outputs.RemoveAt(_outputs.Count - 1);
        Output = _outputs[^1];
        return text;
    }

    public void Write(Node node, string text)
    {
        Output.Append(text);
        CheckOutputSize(node);
    }

    public void WriteValue(Node node, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string s when Mode == TemplateMode.Html:
                Html.Encode(Output, s);
                break;
            case string s:
                Output.Append(s);
                break;
            case RawString raw:
                Output.Append(raw.Value);
                break;
            default:
                var text = Display.ToText(this, value);
                if (Mode == TemplateMode.Html)
                {
                    Html.Encode(Output, text);
                }
                else
                {
                    Output.Append(text);
                }

                break;
        }

        CheckOutputSize(node);
    }

    private void CheckOutputSize(Node node)
    {
        if (Options.OutputLimit > 0 && Output.Length > Options.OutputLimit)
        {
            throw Error(node, $"The output exceeds the limit of {Options.OutputLimit} characters.");
        }
    }
}
