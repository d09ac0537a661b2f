namespace ModularCrm.Modules.Sms.Callbacks;

/// <summary>Gateways write the sender of a reply as <c>+33612…</c>, <c>0033612…</c>, <c>33612…</c> or <c>0612…</c>: all become E.164, as contacts store mobiles.</summary>
internal static class PhoneNumbers
{
    public static string? ToE164(string? raw)
    {
        var digits = new string((raw ?? string.Empty).Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
        var e164 = digits switch
        {
            { Length: 0 } => null,
            _ when digits.StartsWith('+') => digits,
            _ when digits.StartsWith("00", StringComparison.Ordinal) => "+" + digits[2..],
            { Length: 10 } when digits[0] == '0' => "+33" + digits[1..],
            _ => "+" + digits,
        };
        return Campaigns.LawfulRecipients.IsNumber(e164) ? e164 : null;
    }
}
