namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>A reason to doubt a program's settings, with the figures behind it.</summary>
/// <param name="Code">Stable code (<c>basket_below_one_point</c>, <c>threshold_rarely_reached</c>).</param>
/// <param name="Message">French, with the figures, for the shop admin.</param>
/// <param name="Figures">The same figures, for a page to show as it likes.</param>
internal sealed record SanityWarning(string Code, string Message, IReadOnlyDictionary<string, decimal> Figures);
