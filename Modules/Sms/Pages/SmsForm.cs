namespace ModularCrm.Modules.Sms.Pages;

/// <summary>What the staff page's forms post: a text to one contact, or a campaign to a segment; <see cref="Action"/> is <c>preview</c> or <c>send</c>.</summary>
internal sealed record SmsForm
{
    public long? ContactId { get; init; }

    public string? Name { get; init; }

    public long? SegmentId { get; init; }

    public string? Text { get; init; }

    /// <summary>"on" when the promotional box is ticked (an unticked box posts nothing).</summary>
    public string? Promotional { get; init; }

    public string? Action { get; init; }
}
