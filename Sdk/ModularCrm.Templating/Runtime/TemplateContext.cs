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
    // One context per thread is reused from render to render: a render allocates almost nothing but its output.
    [ThreadStatic]
    private static TemplateContext? t_cached;

    private readonly Stack<CallArguments> _argumentPool = new();
    private readonly Stack<ScriptObject> _scopePool = new();
    private object? _model;
    private long _deadline;
    private CancellationToken _token;
    private int _depth;

    private readonly LocalFrame _rootFrame = new(false, null, null);

    private TemplateContext()
    {
        Source = null!;
        Options = null!;
        Culture = CultureInfo.InvariantCulture;
        UserGlobals = new ScriptObject();
        Output = null!;
    }

    public SourceText Source { get; set; }

    public TemplateMode Mode { get; private set; }

    public TemplateOptions Options { get; private set; }

    public CultureInfo Culture { get; set; }

    public ScriptObject UserGlobals { get; private set; }

    public StringBuilder Output { get; private set; }

    public static TemplateContext Rent(SourceText source, TemplateMode mode, TemplateOptions options, object? model, StringBuilder output)
    {
        var context = t_cached ?? new TemplateContext();
        t_cached = null;
        context.Source = source;
        context.Mode = mode;
        context.Options = options;
        context.Culture = options.Culture;
        context._model = model;
        context._token = options.CancellationToken;
        context._deadline = options.Timeout is { } timeout ? Environment.TickCount64 + (long)timeout.TotalMilliseconds : long.MaxValue;
        context._globals.Add(Builtins.BuiltinObjects.Shared);
        context._isLoopScope.Add(false);
        context._globals.Add(context.UserGlobals);
        context._isLoopScope.Add(false);
        context._rootFrame.Vars = null;
        context._locals.Add(context._rootFrame);
        context._outputs.Add(output);
        context.Output = output;
        return context;
    }

    /// <summary>Drops every reference to the finished render (model, output, variables) and keeps the shell.</summary>
    public static void Return(TemplateContext context)
    {
        context._globals.Clear();
        context._isLoopScope.Clear();
        context._locals.Clear();
        context._outputs.Clear();
        context._model = null;
        context._cycles = null;
        context._depth = 0;
        context.Output = null!;
        context.UserGlobals.Clear();
        context.Source = null!;
        context.Options = null!;
        context.Flow = FlowState.None;
        context.ReturnValue = null;
        context.PendingWrapBody = null;
        context.LoopDepth = 0;
        t_cached = context;
    }

    /// <summary>Loop scopes hold only the loop variable and never escape the loop: they are reused.</summary>
    public ScriptObject RentScope() => _scopePool.Count > 0 ? _scopePool.Pop() : new ScriptObject(2);

    public void ReturnScope(ScriptObject scope)
    {
        scope.Clear();
        _scopePool.Push(scope);
    }

    /// <summary>Argument lists are reused: a call rents one and gives it back when the callee returns.</summary>
    public CallArguments RentArguments() => _argumentPool.Count > 0 ? _argumentPool.Pop() : new CallArguments();

    public void ReturnArguments(CallArguments arguments)
    {
        arguments.Clear();
        _argumentPool.Push(arguments);
    }

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
        CachedGetter? noCache = null;
        FrozenMember? noBuiltin = null;
        return GetGlobal(name, ref noCache, ref noBuiltin);
    }

    public object? GetGlobal(string name, ref CachedGetter? modelCache, ref FrozenMember? builtinCache)
    {
        for (var i = _globals.Count - 1; i >= 1; i--)
        {
            if (_globals[i].TryGet(name, out var value))
            {
                return value;
            }
        }

        if (_model is not null && ObjectAccessor.TryGetMember(this, _model, name, ref modelCache, out var member))
        {
            return member;
        }

        var builtins = _globals[0];
        var cached = builtinCache;
        if (cached is not null && ReferenceEquals(cached.Owner, builtins))
        {
            return cached.Value;
        }

        var builtin = builtins.Get(name);
        builtinCache = new FrozenMember(builtins, builtin);
        return builtin;
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

    /// <summary>Writes formatted text (a number or date formatted into a buffer), encoded in HTML mode.</summary>
    public void WriteText(Node node, ReadOnlySpan<char> text)
    {
        if (Mode == TemplateMode.Html)
        {
            Html.Encode(Output, text);
        }
        else
        {
            Output.Append(text);
        }

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
            case bool b:
                Output.Append(b ? "true" : "false");
                break;
            case int or long or decimal or double or float when value is ISpanFormattable number:
                // Numbers never contain markup: format straight into the output, no intermediate string.
                Span<char> buffer = stackalloc char[128];
                if (number.TryFormat(buffer, out var written, default, Culture))
                {
                    Output.Append(buffer[..written]);
                }
                else
                {
                    Output.Append(Display.ToText(this, value));
                }

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

    /// <summary>Refuses to build a string longer than the output limit (`"x" * 1e9`, doubling in a loop).</summary>
    public void CheckStringSize(Node node, long length)
    {
        if (Options.OutputLimit > 0 && length > Options.OutputLimit)
        {
            throw Error(node, $"The string being built exceeds the output limit of {Options.OutputLimit} characters.");
        }
    }

    private void CheckOutputSize(Node node)
    {
        if (Options.OutputLimit > 0 && Output.Length > Options.OutputLimit)
        {
            throw Error(node, $"The output exceeds the limit of {Options.OutputLimit} characters.");
        }
    }
}
