using ModularCrm.Host.Data;

namespace ModularCrm.Host.Tests.Data;

public sealed class SqlServerConnectionTests
{
    [Fact]
    public async Task Open_ClosedPort_ThrowsTheDriversRealSqlException()
    {
        // Port 1 on loopback: nothing listens, so the driver fails fast with its own exception type,
        // which proves the hand-referenced Microsoft.Data.SqlClient loads and runs here.
        var database = new SqlServerDatabase("Server=tcp:127.0.0.1,1;Database=x;User Id=sa;Password=x;Connect Timeout=3;Encrypt=False");

        var error = await Assert.ThrowsAnyAsync<Exception>(() => database.OpenAsync());

        Assert.Equal("Microsoft.Data.SqlClient.SqlException", error.GetType().FullName);
        Assert.Equal("sqlserver", database.Provider);
    }
}
