namespace ModularCrm.Modules.Contacts.Import;

/// <summary>How far a parse has gone.</summary>
/// <param name="RowsRead">Data rows read so far.</param>
/// <param name="BytesRead">Bytes taken from the file so far (read-ahead included).</param>
/// <param name="TotalBytes">File size when known (seekable stream or given in the options), else null.</param>
public sealed record ImportProgress(long RowsRead, long BytesRead, long? TotalBytes)
{
    /// <summary>Fraction done between 0 and 1, or null when the size is unknown.</summary>
    public double? Fraction => TotalBytes is > 0 ? Math.Min(1.0, (double)BytesRead / TotalBytes.Value) : null;
}
