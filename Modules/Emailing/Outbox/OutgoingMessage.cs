namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>A message to put in the outbox. <see cref="Ref"/> is chosen first so that its signed links can be rendered before insertion.</summary>
internal sealed record OutgoingMessage(string Kind, string ToAddress, string? ToName, string FromAddress, string? FromName, string Subject)
{
    // Time-ordered (UUID v7): a campaign's refs go in at the end of the unique index instead of all over it, which
    // kept evicting and rewriting its pages during a large enqueue. Not a secret: links are signed, not guessed.
    public string Ref { get; init; } = Guid.CreateVersion7().ToString("N");

    public string? Html { get; init; }

    public string? Text { get; init; }

    public long? CampaignId { get; init; }

    public long? ContactId { get; init; }

    /// <summary>The statistics key of a message queued through <c>IMailOutbox</c>.</summary>
    public string? Stream { get; init; }

    /// <summary>The list its unsubscribe link offers to leave, and the name shown for it.</summary>
    public string? Topic { get; init; }

    public string? TopicLabel { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];

    /// <summary>The stable Message-ID: the same on every attempt, so that a re-sent duplicate can be spotted.</summary>
    public string MessageId => $"<{Ref}@{Domain(FromAddress)}>";

    private static string Domain(string address) => address.LastIndexOf('@') is var at and >= 0 && at < address.Length - 1 ? address[(at + 1)..] : "modularcrm.local";
}
