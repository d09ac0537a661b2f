using ModularCrm.Host.Data;

namespace ModularCrm.Host.Tests.Data.Infrastructure;

/// <summary>A fresh, empty database of one engine, deleted on dispose.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    /// <summary>The host's view of it.</summary>
    public abstract Database Database { get; }

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();
}
