using System.Globalization;

namespace ModularCrm.Templating;

/// <summary>
/// Per-render settings: culture, time zone and the sandbox limits that keep a template written by a shop admin
/// from running away. Every limit failure is a <see cref="TemplateRuntimeException"/> with the template position.
/// </summary>
public sealed class TemplateOptions
{
    /// <summary>Shared defaults (fr-FR, local time zone, default limits).</summary>
    public static TemplateOptions Default { get; } = new();

    /// <summary>Culture for numbers, money and dates. Default fr-FR, for our French users.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Time zone that <c>date.parse</c> converts offset timestamps into, and <c>date.now</c> uses. Default: local.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Local;

    /// <summary>Maximum iterations of one loop (and size of a range); 0 disables. Default 1000.</summary>
    public int LoopLimit { get; init; } = 1000;

    /// <summary>Maximum nesting of function calls; 0 disables. Default 100.</summary>
    public int RecursionLimit { get; init; } = 100;

    /// <summary>Maximum length of the output in characters; 0 disables. Default 4 million.</summary>
    public int OutputLimit { get; init; } = 4_000_000;

    /// <summary>Wall-clock budget of one render; null disables. Default 5 seconds.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Lets the host abort a render (request aborted, shutdown).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Newline written by builtins that produce line breaks. Default <c>\n</c>.</summary>
    public string NewLine { get; init; } = "\n";
}
