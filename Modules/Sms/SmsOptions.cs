using ModularCrm.Modules.Sms.Outbox;

namespace ModularCrm.Modules.Sms;

/// <summary>The module's configuration, section <c>Modules:sms</c>.</summary>
internal sealed class SmsOptions
{
    /// <summary>Where the file provider writes one <c>.sms</c> file per message.</summary>
    public string FileDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data", "sms-outbox");

    public SenderOptions Sender { get; set; } = new();

    /// <summary>How often the delivery job runs for each shop.</summary>
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a gateway may take to answer one message.</summary>
    public TimeSpan GatewayTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The price per SMS (per segment) a new shop starts with, in euros.</summary>
    public decimal DefaultPricePerSms { get; set; } = 0.05m;

    /// <summary>The sender name used until a shop sets its own.</summary>
    public string DefaultSender { get; set; } = "BOUTIQUE";

    /// <summary>The public address of the host, for the callback URL shown in the settings; the request's otherwise.</summary>
    public string? PublicBaseUrl { get; set; }
}
