namespace ModularCrm.Sdk.Data;

/// <summary>An open transaction of one shop. Events published here are written in the same transaction.</summary>
public interface IShopTransaction : IShopSql
{
    /// <summary>
    /// Writes <paramref name="payload"/> (serialised as JSON) to the event outbox under <paramref name="eventName"/>;
    /// handlers run after commit, never if the transaction rolls back.
    /// </summary>
    Task PublishAsync<T>(string eventName, T payload, CancellationToken cancellationToken = default);
}
