using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Emailing.Campaigns;
using ModularCrm.Modules.Emailing.Outbox;
using ModularCrm.Modules.Emailing.Settings;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Templates;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Emailing.Transactional;

/// <summary>
/// <c>POST /documents/send</c>: a quote, invoice or reminder to a contact, with its PDF. Not marketing: no consent
/// needed and no unsubscribe link, but a disabled address is refused. The message and the contact's interaction are
/// written in one transaction.
/// </summary>
internal static class DocumentMailEndpoints
{
    private static readonly Dictionary<string, (string Label, string Article)> Kinds = new()
    {
        ["quote"] = ("Devis", "votre"),
        ["invoice"] = ("Facture", "votre"),
        ["reminder"] = ("Relance", "notre"),
    };

    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/documents/send", SendAsync).WithTags("Emailing").WithName("emailing.documents.send");

    private static async Task<IResult> SendAsync(
        IShopDb db, IAudience audience, ITemplateRenderer templates, EmailingOptions options, ShopContext shop, TimeProvider clock, DocumentMailInput input, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var attachment = Validate(input, errors);
        var member = input.ContactId is { } id ? await audience.FindAsync(db, id, AudienceChannel.Email, ct) : null;
        if (input.ContactId is not null && member is null)
        {
            errors["contactId"] = [$"Aucun contact n° {input.ContactId} dans cette boutique."];
        }
        else if (member is { Address: null or "" })
        {
            errors["contactId"] = ["Ce contact n'a pas d'adresse e-mail."];
        }
        else if (member?.AddressDisabledReason is { } why)
        {
            errors["contactId"] = [$"L'adresse {member.Address} est désactivée ({why}) : corrigez-la dans la fiche du contact."];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Envoi refusé");
        }

        var (label, article) = Kinds[input.Kind!];
        var model = new DocumentModel(
            RecipientModel.For(member!, shop.Name, string.Empty, string.Empty).Contact,
            new RecipientModel.NamePart(shop.Name),
            new DocumentModel.DocumentPart(label, article, input.Number!.Trim(), input.Total, input.DueOn, input.Note));
        var settings = await SettingsStore.GetAsync(db, ct);
        var message = new OutgoingMessage(
            OutboxKinds.Transactional, member!.Address!.Trim(), member.DisplayName, settings.FromAddress ?? options.DefaultFromAddress, settings.FromName ?? shop.Name,
            (await templates.RenderAsync("documents/document.subject.txt", model, ct)).Trim())
        {
            ContactId = member.ContactId,
            Html = await templates.RenderAsync("documents/document.html", model, ct),
            Text = await templates.RenderAsync("documents/document.txt", model, ct),
            Attachments = attachment is null ? [] : [attachment],
        };
        await db.InTransactionAsync(
            async tx =>
            {
                var now = clock.GetUtcNow();
                await OutboxStore.EnqueueAsync(tx, message, now, ct);
                var summary = attachment is null ? null : $"Pièce jointe : {attachment.FileName}";
                return await audience.LogInteractionAsync(
                    tx, new AudienceInteraction(member.ContactId, AudienceChannel.Email, now, message.Subject, summary, "emailing", "message/" + message.Ref), ct);
            },
            ct);
        return Results.Accepted(value: new { messageId = message.MessageId, to = message.ToAddress, subject = message.Subject });
    }

    private static MailAttachment? Validate(DocumentMailInput input, Dictionary<string, string[]> errors)
    {
        if (input.ContactId is not > 0)
        {
            errors["contactId"] = ["Indiquez le contact destinataire (contactId)."];
        }

        if (input.Kind is null || !Kinds.ContainsKey(input.Kind))
        {
            errors["kind"] = [$"Type de document « {input.Kind} » inconnu : {string.Join(", ", Kinds.Keys)}."];
        }

        if (string.IsNullOrWhiteSpace(input.Number) || input.Number.Length > 50)
        {
            errors["number"] = ["Numéro du document obligatoire, 50 caractères au plus."];
        }

        if (input.Attachment is not { } file)
        {
            return null;
        }

        if (AttachmentRules.FileNameProblem(file.FileName) is { } badName)
        {
            errors["attachment.fileName"] = [badName];
        }

        byte[]? content = null;
        try
        {
            content = Convert.FromBase64String(file.ContentBase64 ?? string.Empty);
        }
        catch (FormatException)
        {
            errors["attachment.contentBase64"] = ["Le contenu du fichier n'est pas du base64 valide."];
        }

        if (content is not null && AttachmentRules.ContentProblem(content) is { } badContent)
        {
            errors["attachment.contentBase64"] = [badContent];
        }

        return errors.Count > 0 ? null : AttachmentRules.Of(file.FileName!, file.ContentType, content!);
    }
}
