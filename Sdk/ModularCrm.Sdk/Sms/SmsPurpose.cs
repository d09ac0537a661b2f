namespace ModularCrm.Sdk.Sms;

/// <summary>Why a text is sent: it decides which French rules the SMS module applies to it.</summary>
public enum SmsPurpose
{
    /// <summary>
    /// A service text the recipient needs (order ready, appointment, card number): sent at once, as written, without the
    /// opt-out mention and outside the marketing windows.
    /// </summary>
    Transactional,

    /// <summary>
    /// Marketing (offer, birthday wishes, a programme's reward): only to a contact whose SMS consent is given and whose
    /// number is usable; the shop's opt-out mention (<c>STOP au …</c>) is appended, and the text waits for the next
    /// sending window (Monday–Friday 08:00–20:00, Saturday 08:00–12:00 in the shop's time zone, never on Sundays or
    /// French public holidays).
    /// </summary>
    Marketing,
}
