namespace ModularCrm.Modules.Sales.Domain.Legal;

/// <summary>The Luhn checksum INSEE uses for SIREN and SIRET numbers.</summary>
internal static class Luhn
{
    public static bool IsValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            // Double every second digit counting from the right.
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    public static bool AllDigits(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);

    public static string Normalise(string? text) => (text ?? string.Empty).Replace(" ", string.Empty).Replace("\u00A0", string.Empty).Trim();
}
