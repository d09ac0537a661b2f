using System.Globalization;
using System.Text;
using ModularCrm.Templating.Runtime;
using static ModularCrm.Templating.Builtins.Registry;

namespace ModularCrm.Templating.Builtins;

/// <summary>The `date` and `timespan` builtin objects, with strftime-style `%` patterns.</summary>
internal static class DateBuiltins
{
    public const string DefaultFormat = "%d %b %Y";

    public static ScriptObject Create()
    {
        var o = new ScriptObject();
        o.Def("now", string.Empty, 0, (c, a) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, c.Options.TimeZone));
        o.Def("utc_now", string.Empty, 0, (c, a) => DateTime.UtcNow);
        o.Def("add_days", "date,days", 2, (c, a) => Date(a[0])?.AddDays(Numbers.ToDouble(a[1])));
        o.Def("add_hours", "date,hours", 2, (c, a) => Date(a[0])?.AddHours(Numbers.ToDouble(a[1])));
        o.Def("add_minutes", "date,minutes", 2, (c, a) => Date(a[0])?.AddMinutes(Numbers.ToDouble(a[1])));
        o.Def("add_seconds", "date,seconds", 2, (c, a) => Date(a[0])?.AddSeconds(Numbers.ToDouble(a[1])));
        o.Def("add_milliseconds", "date,millis", 2, (c, a) => Date(a[0])?.AddMilliseconds(Numbers.ToDouble(a[1])));
        o.Def("add_months", "date,months", 2, (c, a) => Date(a[0])?.AddMonths(Int(a[1])));
        o.Def("add_years", "date,years", 2, (c, a) => Date(a[0])?.AddYears(Int(a[1])));
        o.Set("format", DefaultFormat);
        o.Set("default_format", DefaultFormat);
        o.Def("parse", "text,pattern,culture", 1, (c, a) => Parse(c, Str(c, a[0]), a[1] as string, a[2]));
        o.Def("to_string", "date,pattern,culture", 2, (c, a) => Date(a[0]) is { } d ? Format(c, d, Str(c, a[1]), Culture(c, a[2])) : null);
        o.Def("parse_to_string", "text,output_pattern,input_pattern,input_culture,output_culture", 2, (c, a) =>
        {
            var date = Parse(c, Str(c, a[0]), a[2] as string, a[3]);
            return date is { } d ? Format(c, d, Str(c, a[1]), Culture(c, a[4])) : null;
        });
        return o;
    }

    public static ScriptObject CreateTimespan()
    {
        var o = new ScriptObject();
        o.Def("from_days", "days", 1, (c, a) => TimeSpan.FromDays(Numbers.ToDouble(a[0])));
        o.Def("from_hours", "hours", 1, (c, a) => TimeSpan.FromHours(Numbers.ToDouble(a[0])));
        o.Def("from_minutes", "minutes", 1, (c, a) => TimeSpan.FromMinutes(Numbers.ToDouble(a[0])));
        o.Def("from_seconds", "seconds", 1, (c, a) => TimeSpan.FromSeconds(Numbers.ToDouble(a[0])));
        o.Def("from_milliseconds", "millis", 1, (c, a) => TimeSpan.FromMilliseconds(Numbers.ToDouble(a[0])));
        o.Def("parse", "text", 1, (c, a) => TimeSpan.TryParse(Str(c, a[0]), CultureInfo.InvariantCulture, out var span) ? span : null);
        o.Set("zero", TimeSpan.Zero);
        return o;
    }

    private static DateTime? Date(object? value) => value switch
    {
        DateTime d => d,
        DateTimeOffset o => o.DateTime,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        _ => null,
    };

    private static DateTime? Parse(TemplateContext context, string text, string? pattern, object? cultureName)
    {
        var culture = Culture(context, cultureName);
        if (pattern is not null)
        {
            return DateTime.TryParseExact(text, ToDotNet(pattern), culture, DateTimeStyles.AllowWhiteSpaces, out var exact) ? exact : null;
        }

        if (!DateTime.TryParse(text, culture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            return null;
        }

        if (parsed.Kind == DateTimeKind.Unspecified)
        {
            return parsed;
        }

        // The text carried an offset (`Z`, `+00:00`): express it in the render's time zone, not the machine's.
        var utc = DateTime.Parse(text, culture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AdjustToUniversal);
        return DateTime.SpecifyKind(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), context.Options.TimeZone), DateTimeKind.Unspecified);
    }

    private static string ToDotNet(string pattern)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] != '%' || i + 1 >= pattern.Length)
            {
                sb.Append(char.IsAsciiLetter(pattern[i]) ? "'" + pattern[i] + "'" : pattern[i] == '/' ? "'/'" : pattern[i].ToString());
                continue;
            }

            sb.Append(pattern[++i] switch
            {
                'Y' => "yyyy",
                'y' => "yy",
                'm' => "MM",
                'd' => "dd",
                'e' => "d",
                'H' => "HH",
                'k' => "H",
                'I' => "hh",
                'l' => "h",
                'M' => "mm",
                'S' => "ss",
                'b' or 'h' => "MMM",
                'B' => "MMMM",
                'a' => "ddd",
                'A' => "dddd",
                'p' => "tt",
                'z' => "zzz",
                '%' => "%",
                var other => other.ToString(),
            });
        }

        return sb.ToString();
    }

    public static string Format(TemplateContext context, DateTime date, string pattern) => Format(context, date, pattern, context.Culture);

    [ThreadStatic]
    private static StringBuilder? t_builder;

    public static string Format(TemplateContext context, DateTime date, string pattern, CultureInfo culture)
    {
        var sb = t_builder ?? new StringBuilder(32);
        t_builder = null;
        sb.Clear();
        try
        {
            AppendFormatted(sb, date, pattern, culture);
            return sb.ToString();
        }
        finally
        {
            t_builder = sb;
        }
    }

    private static void AppendFormatted(StringBuilder sb, DateTime date, string pattern, CultureInfo culture)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            var ch = pattern[i];
            if (ch != '%' || i + 1 >= pattern.Length)
            {
                sb.Append(ch);
                continue;
            }

            var spec = pattern[++i];
            if (spec == 'g')
            {
                // `%g` switches to the invariant culture; alone it means "the default format, invariant".
                culture = CultureInfo.InvariantCulture;
                if (pattern.Length == 2)
                {
                    pattern = "%g " + DefaultFormat;
                }

                continue;
            }

            switch (spec)
            {
                // The numeric fields are appended without an intermediate string (invoices format many dates).
                case 'd': AppendTwoDigits(sb, date.Day); break;
                case 'm': AppendTwoDigits(sb, date.Month); break;
                case 'H': AppendTwoDigits(sb, date.Hour); break;
                case 'M': AppendTwoDigits(sb, date.Minute); break;
                case 'S': AppendTwoDigits(sb, date.Second); break;
                case 'Y': sb.Append(date.Year.ToString("D4", CultureInfo.InvariantCulture)); break;
                default: sb.Append(Specifier(date, spec, culture)); break;
            }
        }
    }

    private static void AppendTwoDigits(StringBuilder sb, int value) =>
        sb.Append((char)('0' + (value / 10))).Append((char)('0' + (value % 10)));

    private static string Specifier(DateTime d, char spec, CultureInfo culture)
    {
        var inv = CultureInfo.InvariantCulture;
        return spec switch
        {
            'a' => d.ToString("ddd", culture),
            'A' => d.ToString("dddd", culture),
            'b' or 'h' => d.ToString("MMM", culture),
            'B' => d.ToString("MMMM", culture),
            'c' => d.ToString("ddd MMM dd HH:mm:ss yyyy", culture),
            'C' => (d.Year / 100).ToString("00", inv),
            'd' => d.ToString("dd", inv),
            'D' => d.ToString("MM/dd/yy", inv),
            'e' => d.Day.ToString(inv).PadLeft(2),
            'F' => d.ToString("yyyy-MM-dd", inv),
            'H' => d.ToString("HH", inv),
            'I' => d.ToString("hh", inv),
            'j' => d.DayOfYear.ToString("000", inv),
            'k' => d.Hour.ToString(inv).PadLeft(2),
            'l' => (d.Hour % 12 == 0 ? 12 : d.Hour % 12).ToString(inv).PadLeft(2),
            'L' => d.ToString("fff", inv),
            'm' => d.ToString("MM", inv),
            'M' => d.ToString("mm", inv),
            'n' => "\n",
            'N' => d.ToString("fffffff", inv) + "00",
            'p' => d.ToString("tt", inv).ToUpperInvariant(),
            'P' => d.ToString("tt", inv).ToLowerInvariant(),
            'r' => d.ToString("hh:mm:ss ", inv) + d.ToString("tt", inv).ToUpperInvariant(),
            'R' => d.ToString("HH:mm", inv),
            's' => ((long)(d - DateTime.UnixEpoch).TotalSeconds).ToString(inv),
            'S' => d.ToString("ss", inv),
            't' => "\t",
            'T' => d.ToString("HH:mm:ss", inv),
            'U' => inv.Calendar.GetWeekOfYear(d, CalendarWeekRule.FirstDay, DayOfWeek.Sunday).ToString("00", inv),
            'W' => inv.Calendar.GetWeekOfYear(d, CalendarWeekRule.FirstDay, DayOfWeek.Monday).ToString("00", inv),
            'V' => ISOWeek.GetWeekOfYear(d).ToString("00", inv),
            'G' => ISOWeek.GetYear(d).ToString(inv),
            'v' => d.Day.ToString(inv).PadLeft(2) + "-" + d.ToString("MMM", culture).ToUpperInvariant() + "-" + d.ToString("yyyy", inv),
            'u' => (d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek).ToString(inv),
            'w' => ((int)d.DayOfWeek).ToString(inv),
            'x' => d.ToString("d", culture),
            'X' => d.ToString("T", culture),
            'y' => d.ToString("yy", inv),
            'Y' => d.ToString("yyyy", inv),
            'Z' => d.Kind == DateTimeKind.Utc ? "UTC" : TimeZoneInfo.Local.StandardName,
            'z' => d.ToString("zzz", inv).Replace(":", string.Empty, StringComparison.Ordinal),
            '%' => "%",
            _ => "%" + spec,
        };
    }
}
