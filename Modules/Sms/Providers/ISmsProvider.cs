namespace ModularCrm.Modules.Sms.Providers;

/// <summary>
/// Hands one SMS to an operator. Internal to the module: the HTTP gateway provider is configured per shop (endpoint,
/// credentials) and covers the common shape of French operators' APIs, so a new operator needs settings, not code;
/// an SDK contract would freeze this shape for third-party modules before a second real provider shows what varies.
/// </summary>
internal interface ISmsProvider
{
    /// <summary>Sends <paramref name="sms"/>; returns the provider's own message id when it gives one.</summary>
    /// <exception cref="SmsDeliveryException">The provider refused it (permanent) or could not be reached (transient).</exception>
    Task<string?> SendAsync(OutgoingSms sms, CancellationToken cancellationToken);
}
