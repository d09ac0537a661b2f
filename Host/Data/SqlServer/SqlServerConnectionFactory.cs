using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace ModularCrm.Data.SqlServer;

/// <summary>
/// Creates SQL Server connections. The only code that touches Microsoft.Data.SqlClient, so that the Host and
/// the dialect stay free of a package that restores only by hand here.
/// </summary>
public static class SqlServerConnectionFactory
{
    /// <summary>A new, closed connection to <paramref name="connectionString"/>.</summary>
    public static DbConnection Create(string connectionString) => new SqlConnection(connectionString);
}
