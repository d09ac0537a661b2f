using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Transport;

namespace ModularCrm.Modules.Emailing;

/// <summary>The module's configuration, section <c>Modules:emailing</c>.</summary>
internal sealed class EmailingOptions
{
    /// <summary>The SMTP server; without <see cref="SmtpSettings.Host"/> messages go to <see cref="PickupDirectory"/>.</summary>
    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>Where the pickup transport writes <c>.eml</c> files.</summary>
    public string PickupDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "data", "mail-pickup");

    public SenderOptions Sender { get; set; } = new();

    /// <summary>How often the delivery job runs for each shop.</summary>
    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The key that signs unsubscribe and tracking links (at least 32 characters). Without it each shop gets a random
    /// key stored in <c>emailing_settings</c>, which every process sharing the database reads.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The public address of the host (<c>https://crm.example.fr</c>) for links in messages; the sending request's otherwise.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The sender used until a shop sets its own.</summary>
    public string DefaultFromAddress { get; set; } = "no-reply@modularcrm.local";

    /// <summary>Soft bounces of one address before it is disabled like a hard bounce.</summary>
    public int SoftBounceThreshold { get; set; } = 3;

    public IMailTransport CreateTransport() =>
        string.IsNullOrWhiteSpace(Smtp.Host) ? new PickupFolderTransport(PickupDirectory) : new SmtpTransport(Smtp);
}
