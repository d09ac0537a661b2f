namespace ModularCrm.Modules.Contacts.Tests.Import;

/// <summary>
/// Wraps a stream and hides its length and position, like a request body; hands out at most 7 bytes a
/// read to exercise buffering, and can refuse synchronous reads as Kestrel does.
/// </summary>
internal sealed class NonSeekableStream(Stream inner, bool refuseSyncReads = false) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        refuseSyncReads ? throw new InvalidOperationException("synchronous read") : inner.Read(buffer, offset, Math.Min(count, 7));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        inner.ReadAsync(buffer[..Math.Min(buffer.Length, 7)], cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
