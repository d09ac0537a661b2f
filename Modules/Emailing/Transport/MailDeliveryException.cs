namespace ModularCrm.Modules.Emailing.Transport;

/// <summary>A message not delivered: <see cref="Permanent"/> (5xx, invalid address) is parked, otherwise retried later.</summary>
internal sealed class MailDeliveryException(bool permanent, string reason, Exception? inner = null) : Exception(reason, inner)
{
    public bool Permanent { get; } = permanent;
}
