using System.Globalization;
using System.Text;
using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Domain.Numbering;

/// <summary>
/// A document number mask such as <c>FA{yyyy}-{00000}</c>: literal text, date tokens <c>{yyyy}</c> <c>{yy}</c>
/// <c>{MM}</c> and exactly one counter token made of zeros (<c>{0000}</c> pads the counter to 4 digits; a counter
/// that outgrows the padding keeps all its digits, so numbers stay unique). The counter restarts each period:
/// each year when the mask has a year token, each month when it also has <c>{MM}</c>, never without date token.
/// </summary>
public sealed class NumberingMask
{
    /// <summary>Longest mask accepted.</summary>
    public const int MaxLength = 40;

    private readonly IReadOnlyList<string> _segments;

    private NumberingMask(string text, IReadOnlyList<string> segments, int counterWidth)
    {
        Text = text;
        _segments = segments;
        CounterWidth = counterWidth;
        HasYear = segments.Contains("{yyyy}") || segments.Contains("{yy}");
        HasMonth = segments.Contains("{MM}");
    }

    /// <summary>The mask as typed.</summary>
    public string Text { get; }

    /// <summary>Digits the counter is padded to.</summary>
    public int CounterWidth { get; }

    /// <summary>True when the counter restarts every year (a year token is present).</summary>
    public bool HasYear { get; }

    /// <summary>True when the counter restarts every month (month and year tokens are present).</summary>
    public bool HasMonth { get; }

    /// <summary>Parses and validates a mask, or throws <c>numbering.*</c> errors naming the position at fault.</summary>
    public static NumberingMask Parse(string mask)
    {
        if (string.IsNullOrWhiteSpace(mask))
        {
            throw Error(SalesErrorCodes.NumberingMaskEmpty, "Le masque de numérotation est vide.");
        }

        if (mask.Length > MaxLength)
        {
            throw Error(SalesErrorCodes.NumberingMaskInvalid, $"Le masque « {mask} » dépasse {MaxLength} caractères.");
        }

        var segments = new List<string>();
        var counterWidth = 0;
        var literal = new StringBuilder();
        for (var i = 0; i < mask.Length; i++)
        {
            var c = mask[i];
            if (c == '}')
            {
                throw Error(SalesErrorCodes.NumberingMaskInvalid, $"Masque « {mask} » : accolade fermante sans accolade ouvrante en position {i + 1}.");
            }

            if (char.IsControl(c) || char.IsWhiteSpace(c))
            {
                throw Error(SalesErrorCodes.NumberingMaskInvalid, $"Masque « {mask} » : caractère interdit (espace ou contrôle) en position {i + 1}.");
            }

            if (c != '{')
            {
                literal.Append(c);
                continue;
            }

            var end = mask.IndexOf('}', i);
            if (end < 0)
            {
                throw Error(SalesErrorCodes.NumberingMaskInvalid, $"Masque « {mask} » : accolade ouvrante sans accolade fermante en position {i + 1}.");
            }

            var token = mask[i..(end + 1)];
            if (literal.Length > 0)
            {
                segments.Add(literal.ToString());
                literal.Clear();
            }

            if (token is "{yyyy}" or "{yy}" or "{MM}")
            {
                segments.Add(token);
            }
            else if (token.Length > 2 && token[1..^1].All(ch => ch == '0'))
            {
                if (counterWidth > 0)
                {
                    throw Error(SalesErrorCodes.NumberingTwoCounters, $"Masque « {mask} » : un seul compteur est permis, un deuxième {token} se trouve en position {i + 1}.");
                }

                counterWidth = token.Length - 2;
                segments.Add("{counter}");
            }
            else
            {
                throw Error(SalesErrorCodes.NumberingUnknownToken, $"Masque « {mask} » : jeton inconnu {token} en position {i + 1} (jetons permis : {{yyyy}}, {{yy}}, {{MM}} et un compteur {{0000}}).");
            }

            i = end;
        }

        if (literal.Length > 0)
        {
            segments.Add(literal.ToString());
        }

        if (counterWidth == 0)
        {
            throw Error(SalesErrorCodes.NumberingNoCounter, $"Masque « {mask} » : il manque le compteur, par exemple {{0000}}.");
        }

        if (segments.Contains("{MM}") && !segments.Contains("{yyyy}") && !segments.Contains("{yy}"))
        {
            throw Error(SalesErrorCodes.NumberingMaskInvalid, $"Masque « {mask} » : le mois {{MM}} exige aussi l'année ({{yyyy}} ou {{yy}}), sinon les numéros se répéteraient d'une année à l'autre.");
        }

        return new NumberingMask(mask, segments, counterWidth);
    }

    /// <summary>
    /// The counter period for a document dated <paramref name="date"/>: "yyyy" for yearly masks, "yyyy-MM" for
    /// monthly masks, "" when the counter never resets. Always the full year, even for <c>{yy}</c>.
    /// </summary>
    public string Period(DateOnly date)
        => HasMonth ? date.ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : HasYear ? date.ToString("yyyy", CultureInfo.InvariantCulture)
            : string.Empty;

    /// <summary>The key of the counter to increment for a document of this shop and type dated <paramref name="date"/>.</summary>
    public NumberingCounterKey CounterKey(long shopId, SalesDocumentType type, DateOnly date) => new(shopId, type, Period(date));

    /// <summary>Formats the number for <paramref name="date"/> and counter value <paramref name="counter"/> (1 or more).</summary>
    public string Format(DateOnly date, long counter)
    {
        if (counter < 1)
        {
            throw SalesDomainException.Of(SalesErrorCodes.NumberingCounterInvalid, "counter", $"Le compteur {counter} doit valoir au moins 1.");
        }

        var result = new StringBuilder();
        foreach (var segment in _segments)
        {
            result.Append(segment switch
            {
                "{yyyy}" => date.ToString("yyyy", CultureInfo.InvariantCulture),
                "{yy}" => date.ToString("yy", CultureInfo.InvariantCulture),
                "{MM}" => date.ToString("MM", CultureInfo.InvariantCulture),
                "{counter}" => counter.ToString(CultureInfo.InvariantCulture).PadLeft(CounterWidth, '0'),
                _ => segment,
            });
        }

        return result.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Text;

    private static SalesDomainException Error(string code, string message) => SalesDomainException.Of(code, "mask", message);
}
