namespace ModularCrm.Sdk.Documents;

/// <summary>Thrown by <see cref="IPdfRenderer"/> when this host cannot render PDFs now (browser missing or failing to start).</summary>
public sealed class PdfRendererUnavailableException : Exception
{
    /// <summary>Creates the exception with the reason, readable by staff (e.g. the browser path that was not found).</summary>
    /// <param name="message">Why PDFs cannot be rendered.</param>
    /// <param name="innerException">The failure behind it, if any.</param>
    public PdfRendererUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
