using System.Security.Cryptography;

namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>
/// Card numbers: 12 digits, the last a Luhn check digit, so that a mistyped number on the public balance page is
/// refused as such instead of looked up. Random rather than sequential: the number is half of the balance lookup's key.
/// </summary>
internal static class CardNumbers
{
    public const int Length = 12;

    public static string New()
    {
        Span<char> digits = stackalloc char[Length - 1];
        for (var i = 0; i < digits.Length; i++)
        {
            digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(i == 0 ? 1 : 0, 10));
        }

        var body = new string(digits);
        return body + CheckDigit(body);
    }

    /// <summary>Spaces and dashes, as printed on a card, are allowed.</summary>
    public static string Normalize(string? input) =>
        new((input ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray());

    public static bool IsValid(string number) =>
        number.Length == Length && number.All(char.IsAsciiDigit) && CheckDigit(number[..^1]) == number[^1];

    /// <summary>Luhn: from the right, double every second digit of the body (the check digit's neighbour first).</summary>
    public static char CheckDigit(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
