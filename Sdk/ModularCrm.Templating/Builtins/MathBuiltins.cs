using System.Globalization;
using ModularCrm.Templating.Runtime;
using static ModularCrm.Templating.Builtins.Registry;

namespace ModularCrm.Templating.Builtins;

/// <summary>The `math` builtin object, plus the `money` helper.</summary>
internal static class MathBuiltins
{
    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("abs", "value", 1, (c, a) => a[0] switch
        {
            int i => Numbers.Box(Math.Abs((long)i)),
            long l => Numbers.Box(Math.Abs(l)),
            decimal m => Math.Abs(m),
            null => null,
            var v => Math.Abs(Numbers.ToDouble(v)),
        });
        o.Def("ceil", "value", 1, (c, a) => a[0] is null ? null : Integral(Math.Ceiling(Numbers.ToDouble(a[0]))));
        o.Def("floor", "value", 1, (c, a) => a[0] is null ? null : Integral(Math.Floor(Numbers.ToDouble(a[0]))));
        o.Def("round", "value,precision", 1, (c, a) => Round(a[0], Int(a[1])));
        o.Def("divided_by", "value,divisor", 2, (c, a) =>
        {
            var result = Numbers.ToDouble(a[0]) / Numbers.ToDouble(a[1]);
            return Numbers.IsIntegral(a[1]) ? Integral(Math.Floor(result)) : result;
        });
        o.Def("minus", "value,with", 2, (c, a) => Arith(c, BinaryOp.Subtract, a));
        o.Def("plus", "value,with", 2, (c, a) => Arith(c, BinaryOp.Add, a));
        o.Def("times", "value,with", 2, (c, a) => Arith(c, BinaryOp.Multiply, a));
        o.Def("modulo", "value,with", 2, (c, a) => Arith(c, BinaryOp.Modulo, a));
        o.Def("format", "value,format,culture", 2, (c, a) => Format(a[0], Str(c, a[1]), Culture(c, a[2])), WriteFormat, formatsValue: true);
        o.Def("is_number", "value", 1, (c, a) => Ops.Bool(Numbers.IsNumber(a[0])));
        o.Def("random", "min,max", 2, (c, a) => Numbers.Box(Random.Shared.Next(Int(a[0]), Int(a[1]))));
        o.Def("uuid", string.Empty, 0, (c, a) => Guid.NewGuid().ToString());
        return o;
    }

    private static object Integral(double value) =>
        value is >= long.MinValue and <= long.MaxValue ? Numbers.Box((long)value) : value;

    private static object? Round(object? value, int precision) => value switch
    {
        null => null,
        decimal m => Math.Round(m, precision, MidpointRounding.AwayFromZero),
        _ when Numbers.IsIntegral(value) => value,
        _ => Math.Round(Numbers.ToDouble(value), precision, MidpointRounding.AwayFromZero),
    };

    private static object? Arith(TemplateContext context, BinaryOp op, BuiltinArgs args) =>
        Ops.Binary(context, op, args[0], args[1], new Syntax.BinaryExpr(op, null!, null!, args.CallSite.Start) { Start = args.CallSite.Start });

    public static string Format(object? value, string format, CultureInfo culture) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(format, culture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>`{{ x | math.format 'N2' }}`: formats into a stack buffer and writes that, no string per call.</summary>
    private static bool WriteFormat(TemplateContext context, BuiltinArgs args, Syntax.Node statement)
    {
        if (args[0] is not ISpanFormattable value)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[128];
        if (!value.TryFormat(buffer, out var written, Str(context, args[1]), Culture(context, args[2])))
        {
            return false;
        }

        context.WriteText(statement, buffer[..written]);
        return true;
    }

    /// <summary>
    /// `1254 | money` → `1 254,00 €` in fr-FR. The group separator is whatever the culture data says: .NET with ICU
    /// uses U+202F (narrow no-break space) for fr-FR; the space before € is written as U+00A0 (no-break).
    /// </summary>
    public static string Money(TemplateContext context, object? value, string? currency, object? culture)
    {
        var info = (NumberFormatInfo)Culture(context, culture).NumberFormat.Clone();
        if (currency is not null)
        {
            info.CurrencySymbol = currency;
        }

        // The culture data puts a plain space next to the symbol; a no-break space keeps "€" on the amount's line.
        var text = Numbers.ToDecimal(value).ToString("C", info);
        return text.Replace(" " + info.CurrencySymbol, "\u00A0" + info.CurrencySymbol, StringComparison.Ordinal)
            .Replace(info.CurrencySymbol + " ", info.CurrencySymbol + "\u00A0", StringComparison.Ordinal);
    }
}
