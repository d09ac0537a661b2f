namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// A read-only stream that replays the bytes already read for detection and then continues with the
/// source, so that non-seekable uploads can be sniffed and still streamed; it counts the bytes taken
/// from the source for progress reporting.
/// </summary>
internal sealed class SampledStream : Stream
{
    private readonly Stream source;
    private readonly byte[] prefix;
    private readonly bool leaveOpen;
    private int prefixPosition;
    private int prefixLength;

    public SampledStream(Stream source, byte[] prefix, int prefixStart, int prefixLength, bool leaveOpen)
    {
        this.source = source;
        this.prefix = prefix;
        this.leaveOpen = leaveOpen;
        prefixPosition = prefixStart;
        this.prefixLength = prefixLength;
        BytesFromSource = prefixLength;
    }

    /// <summary>Bytes taken from the source so far (the sample included).</summary>
    public long BytesFromSource { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (TryReadPrefix(buffer, out var copied))
        {
            return copied;
        }

        var read = source.Read(buffer);
        BytesFromSource += read;
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (TryReadPrefix(buffer.Span, out var copied))
        {
            return copied;
        }

        var read = await source.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        BytesFromSource += read;
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            source.Dispose();
        }

        base.Dispose(disposing);
    }

    private bool TryReadPrefix(Span<byte> buffer, out int copied)
    {
        var left = prefixLength - prefixPosition;
        if (left <= 0 || buffer.Length == 0)
        {
            copied = 0;
            return false;
        }

        copied = Math.Min(left, buffer.Length);
        prefix.AsSpan(prefixPosition, copied).CopyTo(buffer);
        prefixPosition += copied;
        return true;
    }
}
