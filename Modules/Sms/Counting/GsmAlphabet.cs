namespace ModularCrm.Modules.Sms.Counting;

/// <summary>
/// The GSM 03.38 default alphabet (3GPP TS 23.038 §6.2.1): 128 characters of one septet each, and the extension table
/// reached through the escape septet, so each of its characters costs two. Strict: <c>ç</c> is not in it (only <c>Ç</c>),
/// so a text with <c>ç</c>, <c>â</c>, <c>ê</c>, <c>î</c>, <c>ô</c>, <c>û</c> or <c>œ</c> goes as UCS-2, as operators send it.
/// </summary>
internal static class GsmAlphabet
{
    // Row by row, 0x00 to 0x7F; 0x1B is the escape to the extension table, never a character of its own.
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅå" +
        "Δ_ΦΓΛΩΠΨΣΘΞ\u001BÆæßÉ" +
        " !\"#¤%&'()*+,-./" +
        "0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNO" +
        "PQRSTUVWXYZÄÖÑÜ§" +
        "¿abcdefghijklmno" +
        "pqrstuvwxyzäöñüà";

    private const string Extension = "\f^{}\\[~]|€";

    private static readonly HashSet<char> BasicSet = [.. Basic.Where(c => c != '\u001B')];
    private static readonly HashSet<char> ExtensionSet = [.. Extension];

    /// <summary>Septets for <paramref name="c"/>: 1 (basic table), 2 (extension table), 0 when it is not in GSM-7.</summary>
    public static int Septets(char c) => BasicSet.Contains(c) ? 1 : ExtensionSet.Contains(c) ? 2 : 0;
}
