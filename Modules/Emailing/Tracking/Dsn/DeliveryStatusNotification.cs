using System.Text.RegularExpressions;

namespace ModularCrm.Modules.Emailing.Tracking.Dsn;

/// <summary>
/// A delivery status notification (RFC 3464): a <c>multipart/report; report-type=delivery-status</c> message whose
/// <c>message/delivery-status</c> part holds one field group for the message, then one per recipient (Final-Recipient,
/// Action, Status, Diagnostic-Code), and whose last part returns the original message (<c>message/rfc822</c>) or its
/// header (<c>text/rfc822-headers</c>), where its Message-ID is.
/// </summary>
internal sealed partial class DeliveryStatusNotification
{
    private DeliveryStatusNotification(string originalMessageId, IReadOnlyList<DsnRecipient> recipients)
    {
        OriginalMessageId = originalMessageId;
        Recipients = recipients;
    }

    /// <summary>The Message-ID of the message that bounced, angle brackets included.</summary>
    public string OriginalMessageId { get; }

    public IReadOnlyList<DsnRecipient> Recipients { get; }

    /// <summary>Reads <paramref name="report"/>; throws <see cref="DsnFormatException"/> saying what is missing.</summary>
    public static DeliveryStatusNotification Read(MimeEntity report)
    {
        var entities = report.Descendants().ToList();
        var status = entities.FirstOrDefault(e => e.MediaType is "message/delivery-status" or "message/global-delivery-status")
            ?? throw new DsnFormatException(
                $"Aucune partie message/delivery-status : ce n'est pas un avis de non-remise RFC 3464 (type reçu : {report.MediaType}).");
        var groups = Groups(MimeEntity.Lines(status.Body)).Select(HeaderBlock.Parse).ToList();
        var recipients = groups
            .Where(g => g["Action"] is not null) // the per-message group has no Action
            .Select(g => new DsnRecipient(Address(g["Final-Recipient"]), g["Action"]!.Trim(), StatusCode(g["Status"]), g["Diagnostic-Code"]))
            .ToList();
        if (recipients.Count == 0)
        {
            throw new DsnFormatException("La partie message/delivery-status ne contient aucun destinataire (champs Final-Recipient et Action).");
        }

        var original = entities.FirstOrDefault(e => e.MediaType is "message/rfc822" or "text/rfc822-headers" or "message/global" or "message/global-headers");
        var messageId = original is null ? null : MimeEntity.Parse(original.Body).Header["Message-ID"];
        if (string.IsNullOrWhiteSpace(messageId))
        {
            throw new DsnFormatException(
                original is null
                    ? "Le message d'origine n'est pas joint (ni message/rfc822 ni text/rfc822-headers) : impossible de retrouver son Message-ID."
                    : "Le message d'origine joint n'a pas d'en-tête Message-ID.");
        }

        return new DeliveryStatusNotification(messageId.Trim(), recipients);
    }

    // Field groups are separated by blank lines; leading blank lines are not a group.
    private static IEnumerable<List<string>> Groups(IEnumerable<string> lines)
    {
        var group = new List<string>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0)
            {
                if (group.Count > 0)
                {
                    yield return group;
                    group = [];
                }

                continue;
            }

            group.Add(line);
        }

        if (group.Count > 0)
        {
            yield return group;
        }
    }

    // "rfc822; alice@example.fr" (the address type is optional in practice).
    private static string? Address(string? field) =>
        field is null ? null : (field.IndexOf(';') is var semi and >= 0 ? field[(semi + 1)..] : field).Trim().Trim('<', '>');

    // "5.1.1", sometimes followed by a comment: the RFC 3463 code only.
    private static string StatusCode(string? field) =>
        field is not null && Code().Match(field) is { Success: true } match ? match.Value : field?.Trim() ?? string.Empty;

    [GeneratedRegex(@"\b[245]\.\d{1,3}\.\d{1,3}\b")]
    private static partial Regex Code();
}
