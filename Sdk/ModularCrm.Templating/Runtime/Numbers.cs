using System.Globalization;
using System.Numerics;

namespace ModularCrm.Templating.Runtime;

/// <summary>Numeric helpers: boxing cache and conversions shared by operators and builtins.</summary>
internal static class Numbers
{
    private static readonly object[] SmallInts = CreateSmallInts();

    public static object Box(int value) => value >= -128 && value < 1024 ? SmallInts[value + 128] : value;

    public static object Box(long value) => value is >= int.MinValue and <= int.MaxValue ? Box((int)value) : value;

    public static object Normalize(BigInteger value) =>
        value >= long.MinValue && value <= long.MaxValue ? Box((long)value) : value;

    public static bool IsNumber(object? value) =>
        value is int or long or double or float or decimal or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    public static bool IsIntegral(object? value) =>
        value is int or long or BigInteger or uint or ulong or short or ushort or byte or sbyte;

    public static bool TryToLong(object? value, out long result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case uint u: result = u; return true;
            case short s: result = s; return true;
            case ushort us: result = us; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ulong ul when ul <= long.MaxValue: result = (long)ul; return true;
            case BigInteger bi when bi >= long.MinValue && bi <= long.MaxValue: result = (long)bi; return true;
            default: result = 0; return false;
        }
    }

    public static BigInteger ToBig(object value) => value switch
    {
        BigInteger b => b,
        ulong ul => ul,
        _ => TryToLong(value, out var l) ? l : new BigInteger(ToDouble(value)),
    };

    public static double ToDouble(object? value) => value switch
    {
        null => 0,
        double d => d,
        float f => f,
        decimal m => (double)m,
        BigInteger b => (double)b,
        bool b => b ? 1 : 0,
        string s => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0,
        _ => TryToLong(value, out var l) ? l : Convert.ToDouble(value, CultureInfo.InvariantCulture),
    };

    public static decimal ToDecimal(object? value) => value switch
    {
        decimal m => m,
        double d => (decimal)d,
        float f => (decimal)f,
        _ => TryToLong(value, out var l) ? l : (decimal)ToDouble(value),
    };

    private static object[] CreateSmallInts()
    {
        var values = new object[1024 + 128];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = i - 128;
        }

        return values;
    }
}
