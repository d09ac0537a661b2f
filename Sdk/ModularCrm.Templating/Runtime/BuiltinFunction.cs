using ModularCrm.Templating.Syntax;

namespace ModularCrm.Templating.Runtime;

/// <summary>A builtin (`string.upcase`...): named parameters are mapped onto positions by name.</summary>
internal sealed class BuiltinFunction(string name, string[] parameters, int required, Func<TemplateContext, BuiltinArgs, object?> body, BuiltinWriter? writer = null, bool formatsValue = false)
    : ScriptCallable
{
    public override string Name { get; } = name;

    /// <summary>
    /// True for `math.format`: its arguments are (value, format, culture) and its result is the value's
    /// <see cref="IFormattable"/> text, so a typed member can be formatted in place (<see cref="TryWriteFormatted"/>).
    /// </summary>
    public bool FormatsValue { get; } = formatsValue;

    /// <summary>True when an expression statement can hand the output to the builtin (<see cref="Write"/>).</summary>
    public bool CanWrite => writer is not null;

    public override object? Invoke(TemplateContext context, CallArguments args, Node callSite)
    {
        var placed = Place(context, args, callSite);
        try
        {
            return body(context, placed);
        }
        catch (Exception exception) when (exception is not TemplateRuntimeException and not OutOfMemoryException)
        {
            throw Failure(context, placed, exception);
        }
    }

    /// <summary>Writes the result of the call into the output of <paramref name="statement"/>.</summary>
    public void Write(TemplateContext context, CallArguments args, Node callSite, Node statement)
    {
        var placed = Place(context, args, callSite);
        object? value;
        try
        {
            if (writer is not null && writer(context, placed, statement))
            {
                return;
            }

            value = body(context, placed);
        }
        catch (Exception exception) when (exception is not TemplateRuntimeException and not OutOfMemoryException)
        {
            throw Failure(context, placed, exception);
        }

        context.WriteValue(statement, value);
    }

    /// <summary>Formats a typed member into the output; false (nothing written) when the buffer is too small.</summary>
    public bool TryWriteFormatted(TemplateContext context, object host, MemberFormatter formatter, object? format, object? culture, Node callSite, Node statement)
    {
        Span<char> buffer = stackalloc char[128];
        int written;
        try
        {
            if (!formatter.TryFormat(host, buffer, out written, Builtins.Registry.Str(context, format), Builtins.Registry.Culture(context, culture)))
            {
                return false;
            }
        }
        catch (Exception exception) when (exception is not TemplateRuntimeException and not OutOfMemoryException)
        {
            throw Failure(context, callSite, exception);
        }

        context.WriteText(statement, buffer[..written]);
        return true;
    }

    private BuiltinArgs Place(TemplateContext context, CallArguments args, Node callSite)
    {
        if (args.Named is null)
        {
            if (args.Count < required)
            {
                throw context.Error(callSite, $"Invalid number of arguments `{args.Count}` passed to `{Name}` while expecting `{required}` arguments");
            }

            return new BuiltinArgs(args.Positional, args.Count, callSite);
        }

        var values = new List<object?>(args.Positional);
        var provided = args.Count;
        foreach (var (key, value) in args.Named)
        {
            var index = Array.IndexOf(parameters, key);
            if (index < 0)
            {
                throw context.Error(callSite, $"The argument `{key}` was not found on the function `{Name}`");
            }

            while (values.Count <= index)
            {
                values.Add(null);
            }

            values[index] = value;
            provided = Math.Max(provided, index + 1);
        }

        if (provided < required)
        {
            throw context.Error(callSite, $"Invalid number of arguments `{provided}` passed to `{Name}` while expecting `{required}` arguments");
        }

        return new BuiltinArgs(values, provided, callSite);
    }

    /// <summary>Turns .NET failures inside a builtin (bad base64, unknown culture, regex timeout) into template errors.</summary>
    private TemplateRuntimeException Failure(TemplateContext context, BuiltinArgs args, Exception exception) =>
        Failure(context, args.CallSite, exception);

    private TemplateRuntimeException Failure(TemplateContext context, Node callSite, Exception exception) =>
        context.Error(callSite, $"The function `{Name}` failed: {exception.Message}");
}
