using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using ModularCrm.Modules.Sales.Api;
using ModularCrm.Modules.Sales.Rendering;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Documents;
using ModularCrm.Sdk.Mail;
using ModularCrm.Sdk.Modules;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sales.Mail;

/// <summary>
/// E-mails a sales document (a quote or invoice sent, a reminder) through the e-mailing module's <see cref="IMailOutbox"/>
/// when that module is enabled: subject and bodies from the shop-overridable templates <c>mail/{template}.subject.txt</c>,
/// <c>.html</c> and <c>.txt</c>, the document's PDF attached when a browser can print it. Transactional: no consent
/// needed, but a disabled address is refused. Queued with the contact's interaction in the caller's transaction.
/// </summary>
internal static class SalesMailer
{
    /// <summary>Renders the message of document <paramref name="type"/>/<paramref name="id"/> to its customer, or says why it cannot be sent.</summary>
    /// <remarks>Called before the caller's transaction: printing the PDF takes a browser's time, never inside the write lock.</remarks>
    public static async Task<(PreparedMail? Mail, MailRefusal? Refusal)> PrepareAsync(
        IServiceProvider services, IShopDb db, string type, Guid id, long contactId, string template, ReminderModel? reminder, CancellationToken ct)
    {
        // The outbox resolves wherever the e-mailing module is installed; it sends only for shops that enabled it.
        if (services.GetService<IMailOutbox>() is not { } outbox || services.GetService<IAudience>() is not { } audience
            || !await services.GetRequiredService<IShopModuleStatus>().IsEnabledAsync("emailing", ct))
        {
            return (null, new MailRefusal("mail.unavailable", "L'envoi d'e-mails n'est pas activé pour cette boutique (module E-mailing)."));
        }

        var member = await audience.FindAsync(db, contactId, AudienceChannel.Email, ct);
        var refusal = member switch
        {
            null => new MailRefusal("mail.no_contact", $"Le contact n° {contactId} n'existe plus dans cette boutique."),
            { Address: null or "" } => new MailRefusal("mail.no_address", "Ce client n'a pas d'adresse e-mail : ajoutez-la dans sa fiche."),
            { AddressDisabledReason: { } why } => new MailRefusal("mail.address_disabled", $"L'adresse {member.Address} est désactivée ({why}) : corrigez-la dans la fiche du client."),
            _ => null,
        };
        if (refusal is not null || await DocumentLoader.LoadAsync(db, type, id, ct) is not { } document)
        {
            return (null, refusal ?? new MailRefusal("mail.no_document", $"Aucun document {id} dans cette boutique."));
        }

        var renderer = services.GetRequiredService<ITemplateRenderer>();
        var model = new MailModel(document.Model.Customer.Name, services.GetRequiredService<ShopContext>().Name, document.Model, reminder);
        var attachment = await PdfAsync(services, db, type, id, ct);
        var request = new MailRequest(
            MailPurpose.Transactional,
            $"sales:{template}",
            member!.Address!,
            member.DisplayName,
            member.ContactId,
            (await renderer.RenderAsync($"mail/{template}.subject.txt", model, ct)).Trim(),
            await renderer.RenderAsync($"mail/{template}.html", model, ct),
            await renderer.RenderAsync($"mail/{template}.txt", model, ct),
            Attachments: attachment is null ? null : [attachment]);
        return (new PreparedMail(outbox, audience, member, request, type, id), null);
    }

    /// <summary>Queues the message and logs it on the contact, in <paramref name="tx"/>; returns its Message-ID.</summary>
    public static async Task<string> QueueAsync(IShopSql tx, PreparedMail mail, DateTimeOffset now, CancellationToken ct)
    {
        var receipt = await mail.Outbox.EnqueueAsync(tx, mail.Request, ct);
        var attached = mail.Request.Attachments is { Count: > 0 } files ? $"Pièce jointe : {files[0].FileName}" : null;
        await mail.Audience.LogInteractionAsync(
            tx,
            new AudienceInteraction(mail.Recipient.ContactId, AudienceChannel.Email, now, mail.Request.Subject, attached, "sales", $"{mail.DocumentType}/{mail.DocumentId}/{receipt.MessageId}"),
            ct);
        return receipt.MessageId!;
    }

    // The same PDF as GET …/pdf (stored once for a numbered document); none when no browser can print or the legal
    // mentions are missing: the message still goes, the customer can ask for the paper.
    private static async Task<MailAttachment?> PdfAsync(IServiceProvider services, IShopDb db, string type, Guid id, CancellationToken ct)
    {
        var pdf = services.GetService<IPdfRenderer>();
        if (pdf is not { IsAvailable: true })
        {
            return null;
        }

        var result = await DocumentPdfEndpoints.PdfAsync(
            db, services.GetRequiredService<ITemplateRenderer>(), pdf, services.GetRequiredService<TimeProvider>(), type, id, ct);
        return result is FileContentHttpResult file ? new MailAttachment(file.FileDownloadName ?? $"{type}.pdf", "application/pdf", file.FileContents.ToArray()) : null;
    }
}
