namespace ModularCrm.Modules.Sms.Counting;

/// <summary>What a text costs to send.</summary>
/// <param name="Encoding">GSM-7 or UCS-2.</param>
/// <param name="Characters">Characters counted against the limits: septets in GSM-7 (an extension character counts 2), UTF-16 units in UCS-2.</param>
/// <param name="Segments">SMS billed: 1 up to 160 (GSM-7) or 70 (UCS-2), then parts of 153 or 67.</param>
internal sealed record SmsMeasure(SmsEncoding Encoding, int Characters, int Segments)
{
    public string EncodingName => Encoding == SmsEncoding.Gsm7 ? "GSM-7" : "UCS-2";
}
