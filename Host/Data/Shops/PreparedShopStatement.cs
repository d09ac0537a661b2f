using System.Data.Common;
using System.Globalization;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Host.Data.Shops;

/// <summary>
/// The host's <see cref="IShopStatement"/>: one command kept for every run, its parameters created on first use and
/// only their values replaced afterwards. SQLite keeps the compiled statement inside the command, so a run costs a
/// re-bind and a step instead of a parse, a plan and a Dapper parameter walk.
/// </summary>
internal sealed class PreparedShopStatement : IShopStatement
{
    private static readonly DateTimeOffsetHandler Dates = new();
    private readonly DbCommand command;
    private readonly DbConnection? ownedConnection;
    private readonly Dictionary<string, DbParameter> parameters = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="ownedConnection">A connection opened for this statement alone, closed with it (null inside a transaction).</param>
    public PreparedShopStatement(long shopId, DbConnection connection, DbTransaction? transaction, string sql, DbConnection? ownedConnection)
    {
        ShopParameters.RequireShop(sql);
        this.ownedConnection = ownedConnection;
        command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        var shop = command.CreateParameter();
        shop.ParameterName = "@" + ShopParameters.Name;
        shop.DbType = System.Data.DbType.Int64;
        shop.Value = shopId;
        command.Parameters.Add(shop);
    }

    public void Set(string name, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!parameters.TryGetValue(name, out var parameter))
        {
            var clean = name.TrimStart('@', ':');
            ShopParameters.RefuseShop(clean);
            parameter = command.CreateParameter();
            // With its '@', SQLite finds the parameter at the first try instead of retrying prefixes on every run.
            parameter.ParameterName = "@" + clean;
            command.Parameters.Add(parameter);
            parameters[name] = parameter;
        }

        if (value is DateTimeOffset date)
        {
            // The same UTC text Dapper writes through the handler, so rows written either way compare alike.
            Dates.SetValue(parameter, date);
        }
        else
        {
            parameter.Value = value ?? DBNull.Value;
        }
    }

    public Task<int> ExecuteAsync(CancellationToken cancellationToken = default) => command.ExecuteNonQueryAsync(cancellationToken);

    public async Task<T?> ScalarAsync<T>(CancellationToken cancellationToken = default)
    {
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        if (value is null or DBNull)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return target == typeof(DateTimeOffset)
            ? (T)(object)Dates.Parse(value)
            : (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await command.DisposeAsync().ConfigureAwait(false);
        if (ownedConnection is not null)
        {
            await ownedConnection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
