using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ModularCrm.Modules.Contacts.Api;
using ModularCrm.Modules.Contacts.Consents;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Interactions;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Pages;

/// <summary><c>/shops/{shop}/contacts/{id}</c>: identity, current consents per channel and the interaction history.</summary>
internal static class ContactDetailPage
{
    private static readonly Dictionary<string, string> ChannelNames = new() { ["email"] = "E-mail", ["sms"] = "SMS", ["post"] = "Courrier", ["phone"] = "Téléphone" };

    public static void Map(IEndpointRouteBuilder pages) => pages.MapGet("/{id:long}", RenderAsync);

    private static async Task<IResult> RenderAsync(IShopDb db, IShopPages pages, ShopContext shop, long id, string? created, CancellationToken ct)
    {
        var contact = await ContactStore.FindAsync(db, id, ct);
        if (contact is null)
        {
            return pages.Page("Contact introuvable", $"<p>Aucun contact n° {id} dans cette boutique.</p>", StatusCodes.Status404NotFound);
        }

        var culture = CultureInfo.GetCultureInfo(pages.Language == "en" ? "en-GB" : "fr-FR");
        var consents = await db.QueryAsync<ConsentRecord>(
            "SELECT channel AS Channel, status AS Status, given_at AS GivenAt, source AS Source, proof AS Proof FROM contacts_consents WHERE shop_id = @shop AND contact_id = @id ORDER BY channel",
            new { id },
            ct);
        var interactions = await db.QueryAsync<InteractionRecord>(
            $"SELECT {InteractionStore.Columns} FROM contacts_interactions WHERE shop_id = @shop AND contact_id = @id ORDER BY occurred_at DESC, id DESC",
            new { id },
            ct);
        var model = new
        {
            Base = pages.BasePath,
            Created = created == "1",
            Identity = new[]
            {
                ("Type", contact.Kind == ContactKinds.Company ? "Société" : "Personne"),
                ("E-mail", contact.Email),
                ("Téléphone", contact.Phone),
                ("Mobile", contact.Mobile),
                ("Adresse", contact.Address),
                ("Code postal", contact.Postcode),
                ("Ville", contact.City),
                ("Statut", contact.Lifecycle),
                ("Créé le", contact.CreatedAt.ToString("g", culture)),
            }.Where(f => !string.IsNullOrEmpty(f.Item2)).Select(f => new { Label = f.Item1, Value = f.Item2 }).ToList(),
            Consents = Consents.Consents.Channels.Select(channel => consents.FirstOrDefault(c => c.Channel == channel) is { } c
                ? new { Channel = ChannelNames[channel], State = c.Status == "granted" ? "Accordé" : "Retiré", Since = c.GivenAt.ToString("d", culture), Source = c.Source }
                : new { Channel = ChannelNames[channel], State = "Non renseigné", Since = "—", Source = (string?)null }).ToList(),
            Interactions = interactions.Select(i => new { When = i.OccurredAt.ToString("g", culture), i.Kind, i.Subject, i.Body }).ToList(),
            InteractionCount = interactions.Count,
        };
        return await pages.RenderAsync(ContactEndpoints.DisplayName(contact), "pages/detail.html", model, cancellationToken: ct);
    }
}
