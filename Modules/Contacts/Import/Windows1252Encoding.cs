using System.Text;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// The encodings the importer reads with. Windows-1252 comes from <see cref="CodePagesEncodingProvider"/>
/// directly, without registering the provider process-wide.
/// </summary>
internal static class Windows1252Encoding
{
    /// <summary>Windows-1252 (the "ANSI" of French Windows and of old Excel exports).</summary>
    public static Encoding Instance { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is missing from System.Text.Encoding.CodePages");

    /// <summary>
    /// UTF-8 that reads any invalid byte as Windows-1252 instead of U+FFFD: detection looks only at the
    /// start of the file, and a file saved as UTF-8 may still carry a stray "é" pasted from an ANSI source
    /// further down.
    /// </summary>
    public static Encoding Utf8WithFallback { get; } =
        Encoding.GetEncoding(65001, EncoderFallback.ReplacementFallback, new Windows1252DecoderFallback());
}
