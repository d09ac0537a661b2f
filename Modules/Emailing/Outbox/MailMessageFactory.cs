using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using System.Text.Json;
using ModularCrm.Modules.Emailing.Transport;

namespace ModularCrm.Modules.Emailing.Outbox;

/// <summary>Turns an outbox row into a MIME message: text and HTML alternatives, attachments, the row's own headers.</summary>
internal static class MailMessageFactory
{
    public static MailMessage Create(OutboxRow row)
    {
        var message = new MailMessage
        {
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
        };
        try
        {
            message.From = new MailAddress(row.FromAddress, row.FromName);
            message.To.Add(new MailAddress(row.ToAddress, row.ToName));
            message.Subject = row.Subject;
        }
        catch (FormatException ex)
        {
            message.Dispose();
            throw new MailDeliveryException(true, $"Adresse invalide : {ex.Message}", ex);
        }

        message.Headers["Message-ID"] = row.MessageId;
        foreach (var (name, value) in row.HeadersJson is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(row.HeadersJson, OutboxStore.Json)!)
        {
            message.Headers[name] = value;
        }

        // Quoted-printable keeps bodies readable in the .eml and in the server's copy; lines stay under 76 characters.
        if (row.TextBody is { } text)
        {
            message.AlternateViews.Add(View(text, MediaTypeNames.Text.Plain));
        }

        if (row.HtmlBody is { } html)
        {
            message.AlternateViews.Add(View(html, MediaTypeNames.Text.Html));
        }

        foreach (var file in row.AttachmentsJson is null ? [] : JsonSerializer.Deserialize<List<MailAttachment>>(row.AttachmentsJson, OutboxStore.Json)!)
        {
            message.Attachments.Add(new Attachment(new MemoryStream(file.Content), file.FileName, file.ContentType));
        }

        return message;
    }

    private static AlternateView View(string content, string mediaType)
    {
        var view = AlternateView.CreateAlternateViewFromString(content, Encoding.UTF8, mediaType);
        view.TransferEncoding = TransferEncoding.QuotedPrintable;
        return view;
    }
}
