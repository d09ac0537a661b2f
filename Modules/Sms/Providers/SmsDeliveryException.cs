namespace ModularCrm.Modules.Sms.Providers;

/// <summary>A provider did not take a message: <see cref="Permanent"/> when retrying cannot help (refused number, bad credentials).</summary>
internal sealed class SmsDeliveryException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
