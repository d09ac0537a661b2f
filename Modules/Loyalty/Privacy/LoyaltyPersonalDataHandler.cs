using System.Text.Json;
using System.Text.Json.Nodes;
using ModularCrm.Modules.Loyalty.Api;
using ModularCrm.Modules.Loyalty.Data;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Loyalty.Privacy;

/// <summary>
/// The loyalty module's part of the rights of access and erasure. The subject's cards are those of their contact and
/// those carrying one of their e-mails. Erasure anonymises: the holder's name and e-mail go, and so do the names in the
/// titles of meetings they hosted; balances, vouchers and purchase amounts stay, tied to the contact id that the
/// contacts module anonymises (vouchers used on invoices are part of the accounts, and the statistics keep their counts).
/// </summary>
internal sealed class LoyaltyPersonalDataHandler(TimeProvider clock) : IPersonalDataHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<JsonNode?> ExportAsync(DataSubject subject, IShopSql db, CancellationToken cancellationToken)
    {
        var cards = await CardsOfAsync(subject, db, cancellationToken);
        var contactIds = cards.Select(c => c.ContactId).Append(subject.ContactId).Distinct().ToList();
        var today = CardEndpoints.Today(clock);
        var cardViews = new JsonArray();
        foreach (var card in cards)
        {
            cardViews.Add(new JsonObject
            {
                ["card"] = JsonSerializer.SerializeToNode(await CardViews.BuildAsync(db, card, today, cancellationToken), Json),
                ["movements"] = JsonSerializer.SerializeToNode(
                    (await MovementStore.OfCardAsync(db, card.Id, cancellationToken)).Select(m => new
                    {
                        m.ProgramId, m.Kind, Units = SqlValues.Money(m.Units), Amount = SqlValues.Money(m.Amount), m.InvoiceId,
                        OccurredOn = SqlValues.ReadDate(m.OccurredOn), ExpiresOn = SqlValues.ReadDateOrNull(m.ExpiresOn),
                    }),
                    Json),
            });
        }

        var rewards = new List<RewardView>();
        var meetings = new List<MeetingSummary>();
        var known = new List<KnownContact>();
        var purchases = new List<object>();
        foreach (var contactId in contactIds)
        {
            rewards.AddRange((await RewardStore.OfContactAsync(db, contactId, cancellationToken)).Select(r => RewardView.From(r, today)));
            meetings.AddRange((await MeetingStore.ListAsync(db, cancellationToken)).Where(m => m.HostContactId == contactId));
            known.AddRange(await db.QueryAsync<KnownContact>(
                "SELECT display_name AS DisplayName, email AS Email FROM loyalty_contacts WHERE shop_id = @shop AND contact_id = @contactId", new { contactId }, cancellationToken));
            purchases.AddRange((await PurchaseStore.OfContactAsync(db, contactId, cancellationToken)).Select(p => new { p.InvoiceId, Date = SqlValues.ReadDate(p.PurchaseDate), Amount = SqlValues.Money(p.Amount) }));
        }

        if (cards.Count == 0 && rewards.Count == 0 && meetings.Count == 0 && known.Count == 0 && purchases.Count == 0)
        {
            return null;
        }

        return new JsonObject
        {
            ["cards"] = cardViews,
            ["rewards"] = JsonSerializer.SerializeToNode(rewards, Json),
            ["hostedMeetings"] = JsonSerializer.SerializeToNode(meetings, Json),
            ["knownIdentity"] = JsonSerializer.SerializeToNode(known, Json),
            ["purchases"] = JsonSerializer.SerializeToNode(purchases, Json),
        };
    }

    public async Task<string> EraseAsync(DataSubject subject, IShopTransaction db, CancellationToken cancellationToken)
    {
        var cards = await CardsOfAsync(subject, db, cancellationToken);
        var contactIds = cards.Select(c => c.ContactId).Append(subject.ContactId).Distinct().ToList();
        foreach (var card in cards)
        {
            await db.ExecuteAsync("UPDATE loyalty_cards SET holder_name = NULL, email = NULL WHERE shop_id = @shop AND id = @id", new { id = card.Id }, cancellationToken);
        }

        var meetings = 0;
        foreach (var contactId in contactIds)
        {
            await db.ExecuteAsync("DELETE FROM loyalty_contacts WHERE shop_id = @shop AND contact_id = @contactId", new { contactId }, cancellationToken);

            // A meeting's title and its host voucher's label usually carry the host's name ("chez Anne").
            meetings += await db.ExecuteAsync(
                "UPDATE loyalty_meetings SET title = 'Réunion (hôte effacé)' WHERE shop_id = @shop AND host_contact_id = @contactId", new { contactId }, cancellationToken);
            await db.ExecuteAsync(
                "UPDATE loyalty_rewards SET label = 'Bon d''hôte de réunion' WHERE shop_id = @shop AND contact_id = @contactId AND meeting_id IS NOT NULL", new { contactId }, cancellationToken);
        }

        return cards.Count == 0 && meetings == 0
            ? "aucune carte ni réunion"
            : $"{cards.Count} carte(s) ({string.Join(", ", cards.Select(c => c.Number))}) sans titulaire ni e-mail, {meetings} réunion(s) renommée(s) ; soldes, bons et montants d'achats conservés sans identité";
    }

    private static async Task<IReadOnlyList<CardRecord>> CardsOfAsync(DataSubject subject, IShopSql db, CancellationToken ct)
    {
        var cards = new Dictionary<long, CardRecord>();
        if (await CardStore.FindByContactAsync(db, subject.ContactId, ct) is { } own)
        {
            cards[own.Id] = own;
        }

        foreach (var email in subject.Emails.Where(e => !string.IsNullOrWhiteSpace(e)))
        {
            foreach (var card in await CardStore.WithEmailAsync(db, email.Trim().ToLowerInvariant(), ct))
            {
                cards[card.Id] = card;
            }
        }

        return cards.Values.OrderBy(c => c.Id).ToList();
    }
}
