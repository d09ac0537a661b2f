namespace ModularCrm.Modules.Sms.Counting;

/// <summary>How a text travels: the GSM 03.38 7-bit alphabet when every character is in it, UCS-2 otherwise.</summary>
internal enum SmsEncoding
{
    Gsm7,
    Ucs2,
}
