namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>
/// Normalises phone numbers to E.164 with France as the default region (libphonenumber is not available
/// here). Accepts the usual French spellings: "06 12 34 56 78", "06.12.34.56.78", "+33 6 12…",
/// "0033 6…", "+33 (0)6…"; foreign numbers are kept only in international form and checked for length.
/// </summary>
public static class PhoneNormalizer
{
    private const int FrenchDigits = 10;
    private const int MinInternationalDigits = 7;
    private const int MaxInternationalDigits = 15;

    /// <summary>Normalises one number; never throws.</summary>
    public static PhoneNumberResult Normalize(string? input)
    {
        var raw = input ?? string.Empty;
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return Fail(raw, PhoneProblem.Empty, "numéro de téléphone vide");
        }

        if (text.StartsWith("(+", StringComparison.Ordinal))
        {
            // "(+33) 6 12…": the country code in brackets, as on some business cards.
            text = text[1..];
        }

        var plus = text[0] == '+';
        if (plus || text.StartsWith("00", StringComparison.Ordinal))
        {
            // "+33 (0)6": the bracketed trunk zero is a printing convention, not a digit to dial.
            text = text.Replace("(0)", string.Empty, StringComparison.Ordinal);
        }

        Span<char> buffer = stackalloc char[text.Length];
        var count = 0;
        for (var i = plus ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                buffer[count++] = c;
            }
            else if (!IsSeparator(c))
            {
                var shown = char.IsWhiteSpace(c) ? "espace" : $"« {c} »";
                return Fail(raw, PhoneProblem.InvalidCharacters, $"caractère {shown} interdit dans un numéro de téléphone");
            }
        }

        var digits = buffer[..count].ToString();
        if (plus)
        {
            return International(raw, digits);
        }

        return digits.StartsWith("00", StringComparison.Ordinal) ? International(raw, digits[2..]) : National(raw, digits);
    }

    /// <summary>
    /// Formats an E.164 number for French readers: "06 12 34 56 78" for French and overseas numbers,
    /// the E.164 text itself for foreign ones.
    /// </summary>
    public static string FormatForDisplay(string e164)
    {
        var nsn = e164.StartsWith("+33", StringComparison.Ordinal) ? e164[3..]
            : e164.Length == 13 && FrenchOverseasNumbers.IsOverseasCountryCode(e164[1..], out _) ? e164[4..]
            : null;
        if (nsn is not { Length: 9 })
        {
            return e164;
        }

        var national = "0" + nsn;
        return string.Join(' ', Enumerable.Range(0, 5).Select(i => national.Substring(2 * i, 2)));
    }

    private static PhoneNumberResult National(string raw, string digits)
    {
        if (digits.Length == FrenchDigits - 1 && digits[0] != '0')
        {
            // Spreadsheets store "0612345678" as the number 612345678: the lost zero is restored.
            digits = "0" + digits;
        }

        if (digits.Length == 0 || digits[0] != '0')
        {
            return Fail(raw, PhoneProblem.InvalidPrefix, "un numéro français commence par 0 (ou par + pour l'étranger)");
        }

        if (digits.Length < FrenchDigits)
        {
            return Fail(raw, PhoneProblem.TooShort, $"numéro trop court ({digits.Length} chiffres au lieu de 10)");
        }

        if (digits.Length > FrenchDigits)
        {
            return Fail(raw, PhoneProblem.TooLong, $"numéro trop long ({digits.Length} chiffres au lieu de 10)");
        }

        return French(raw, digits[1..]);
    }

    private static PhoneNumberResult International(string raw, string digits)
    {
        if (digits.StartsWith("33", StringComparison.Ordinal))
        {
            return FrenchInternational(raw, digits[2..], "33");
        }

        if (FrenchOverseasNumbers.IsOverseasCountryCode(digits, out var overseas))
        {
            return FrenchInternational(raw, digits[overseas.Length..], overseas);
        }

        if (digits.Length == 0 || digits[0] == '0')
        {
            return Fail(raw, PhoneProblem.InvalidPrefix, "indicatif pays invalide après le « + »");
        }

        if (digits.Length < MinInternationalDigits)
        {
            return Fail(raw, PhoneProblem.TooShort, $"numéro étranger trop court ({digits.Length} chiffres)");
        }

        if (digits.Length > MaxInternationalDigits)
        {
            return Fail(raw, PhoneProblem.TooLong, $"numéro trop long ({digits.Length} chiffres, 15 au maximum en international)");
        }

        return new PhoneNumberResult(raw, PhoneProblem.None, "+" + digits, PhoneKind.Foreign, false, null);
    }

    private static PhoneNumberResult FrenchInternational(string raw, string nsn, string countryCode)
    {
        if (nsn.StartsWith('0'))
        {
            // "+33 06 12…": people often keep the trunk zero after the country code.
            nsn = nsn[1..];
        }

        if (nsn.Length < FrenchDigits - 1)
        {
            return Fail(raw, PhoneProblem.TooShort, $"numéro trop court ({nsn.Length} chiffres après +{countryCode} au lieu de 9)");
        }

        if (nsn.Length > FrenchDigits - 1)
        {
            return Fail(raw, PhoneProblem.TooLong, $"numéro trop long ({nsn.Length} chiffres après +{countryCode} au lieu de 9)");
        }

        return countryCode == "33" ? French(raw, nsn)
            : new PhoneNumberResult(raw, PhoneProblem.None, $"+{countryCode}{nsn}", nsn[0] is '6' or '7' ? PhoneKind.Mobile : PhoneKind.Landline, false, null);
    }

    private static PhoneNumberResult French(string raw, string nsn)
    {
        var e164 = $"+{FrenchOverseasNumbers.CountryCodeFor(nsn)}{nsn}";
        return nsn[0] switch
        {
            >= '1' and <= '5' or '9' => new PhoneNumberResult(raw, PhoneProblem.None, e164, PhoneKind.Landline, false, null),
            '6' or '7' => new PhoneNumberResult(raw, PhoneProblem.None, e164, PhoneKind.Mobile, false, null),
            '8' when nsn[1] == '9' => new PhoneNumberResult(raw, PhoneProblem.None, e164, PhoneKind.Special, true,
                "numéro surtaxé (08 9x) : à vérifier"),
            '8' => new PhoneNumberResult(raw, PhoneProblem.None, e164, PhoneKind.Special, false, null),
            _ => Fail(raw, PhoneProblem.InvalidPrefix, $"préfixe « 0{nsn[0]} » inexistant en France"),
        };
    }

    private static bool IsSeparator(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009' or '.' or '-' or '/' or '(' or ')' or '\t';

    private static PhoneNumberResult Fail(string raw, PhoneProblem problem, string message) => new(raw, problem, null, null, false, message);
}
