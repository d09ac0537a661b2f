using ModularCrm.Modules.Sms.Counting;

namespace ModularCrm.Modules.Sms.Outbox;

/// <summary>A text to put in the outbox, due at <see cref="DueAt"/> (already moved to the next window when promotional).</summary>
internal sealed record QueuedSms(string Kind, bool Promotional, string ToNumber, string Sender, string Body, SmsMeasure Measure, DateTimeOffset DueAt)
{
    public string Ref { get; init; } = Guid.NewGuid().ToString("N");

    public long? CampaignId { get; init; }

    public long? ContactId { get; init; }

    /// <summary>The statistics key of a text queued through <c>ISmsOutbox</c>.</summary>
    public string? Stream { get; init; }
}
