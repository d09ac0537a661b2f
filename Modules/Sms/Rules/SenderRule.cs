using System.Text.RegularExpressions;

namespace ModularCrm.Modules.Sms.Rules;

/// <summary>
/// Who a shop's SMS may come from. Either an alphanumeric sender name (3 to 11 letters, digits or spaces, at least one
/// letter, as the operators accept it), or a number that costs the customer no more than a normal call or text. Refused,
/// because replying or calling back would be billed above the normal rate (ARCEP decision 2012-0856 on the numbering plan):
/// 081 and 082 (shared cost), 089 (premium), 118 (directory enquiries), the 4-digit 3BPQ service codes 35xx to 39xx, and
/// 5-digit SMS+ short codes 4xxxx to 8xxxx (priced tiers); 5-digit 3xxxx codes (standard-rate, used for STOP) are allowed.
/// </summary>
internal static partial class SenderRule
{
    /// <summary>Null when <paramref name="sender"/> is acceptable, otherwise the reason (French).</summary>
    public static string? Check(string? sender)
    {
        if (string.IsNullOrWhiteSpace(sender))
        {
            return "Expéditeur obligatoire : un nom de 3 à 11 caractères ou un numéro.";
        }

        var trimmed = sender.Trim();
        if (trimmed.Any(char.IsLetter))
        {
            return AlphaSender().IsMatch(trimmed)
                ? null
                : $"« {trimmed} » : un nom d'expéditeur fait 3 à 11 caractères, lettres sans accent, chiffres ou espaces.";
        }

        var digits = Separators().Replace(trimmed, string.Empty);
        if (digits.StartsWith("+33", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }

        if (!Digits().IsMatch(digits))
        {
            return $"« {trimmed} » n'est ni un nom d'expéditeur ni un numéro.";
        }

        return Premium(digits) is { } range
            ? $"« {trimmed} » est un numéro surtaxé ({range}) : un SMS ne peut pas venir d'un numéro qui coûte plus cher au client."
            : Allowed(digits) ? null : $"« {trimmed} » n'est pas un numéro français utilisable comme expéditeur (mobile, fixe, 080, 09 ou code court 3xxxx).";
    }

    private static string? Premium(string digits) => digits switch
    {
        _ when digits.Length == 10 && (digits.StartsWith("081", StringComparison.Ordinal) || digits.StartsWith("082", StringComparison.Ordinal)) => "08 1x / 08 2x, coût partagé",
        _ when digits.Length == 10 && digits.StartsWith("089", StringComparison.Ordinal) => "08 9x, tarif majoré",
        _ when digits.StartsWith("118", StringComparison.Ordinal) => "118 xxx, renseignements",
        _ when digits.Length == 4 && digits[0] == '3' && digits[1] >= '5' => "3BPQ 35xx à 39xx, service à valeur ajoutée",
        _ when digits.Length == 5 && digits[0] is >= '4' and <= '8' => "code court SMS+ payant",
        _ => null,
    };

    private static bool Allowed(string digits) =>
        (digits.Length == 10 && digits[0] == '0' && (digits[1] is >= '1' and <= '7' or '9' || digits.StartsWith("080", StringComparison.Ordinal)))
        || (digits.Length == 5 && digits[0] == '3');

    [GeneratedRegex("^(?=.*[A-Za-z])[A-Za-z0-9 ]{3,11}$")]
    private static partial Regex AlphaSender();

    [GeneratedRegex(@"[\s.\-]")]
    private static partial Regex Separators();

    [GeneratedRegex("^[0-9]+$")]
    private static partial Regex Digits();
}
