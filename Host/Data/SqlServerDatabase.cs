using System.Data.Common;
using ModularCrm.Data.SqlServer;
using ModularCrm.Host.Data.Dialects;

namespace ModularCrm.Host.Data;

/// <summary>SQL Server; the driver lives in ModularCrm.Data.SqlServer (see that project for why).</summary>
public sealed class SqlServerDatabase(string connectionString) : Database
{
    /// <inheritdoc />
    public override SqlDialect Dialect { get; } = new SqlServerDialect();

    /// <inheritdoc />
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = SqlServerConnectionFactory.Create(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
