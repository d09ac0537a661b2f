using System.Text;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>Knobs for <see cref="CsvContactReader"/>; the defaults suit the files shops export.</summary>
public sealed record CsvImportOptions
{
    /// <summary>Forces the separator instead of detecting it.</summary>
    public char? Delimiter { get; init; }

    /// <summary>Forces the encoding instead of detecting it.</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>File size for progress when the stream cannot tell (an upload with Content-Length).</summary>
    public long? TotalBytes { get; init; }

    /// <summary>Bytes read ahead to detect the format.</summary>
    public int SampleSize { get; init; } = 64 * 1024;

    /// <summary>Progress is reported every this many rows (and once at the end).</summary>
    public int ProgressInterval { get; init; } = 1000;

    /// <summary>Leaves the stream open when the reader is disposed.</summary>
    public bool LeaveOpen { get; init; }

    /// <summary>Refuses settings the reader cannot work with (a programming error, not a user's).</summary>
    internal CsvImportOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(SampleSize, 16, nameof(SampleSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(ProgressInterval, 1, nameof(ProgressInterval));
        return this;
    }
}
