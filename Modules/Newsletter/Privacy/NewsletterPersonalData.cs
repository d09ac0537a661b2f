using System.Text.Json.Nodes;
using ModularCrm.Modules.Newsletter.Subscriptions;
using ModularCrm.Sdk.Data;
using ModularCrm.Sdk.Privacy;

namespace ModularCrm.Modules.Newsletter.Privacy;

/// <summary>
/// RGPD access and erasure: a person's subscriptions, found by contact and by address (a pending sign-up has no
/// contact yet). Erasure deletes them; the proof of consent stays in the contacts module's log, which decides its fate.
/// </summary>
internal sealed class NewsletterPersonalData : IPersonalDataHandler
{
    public async Task<JsonNode?> ExportAsync(DataSubject subject, IShopSql db, CancellationToken cancellationToken)
    {
        var rows = await FindAsync(subject, db, cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var list = new JsonArray();
        foreach (var row in rows)
        {
            list.Add(new JsonObject
            {
                ["newsletterId"] = row.ListId, ["email"] = row.Email, ["firstName"] = row.FirstName, ["lastName"] = row.LastName, ["status"] = row.Status,
                ["requestedAt"] = row.RequestedAt, ["confirmedAt"] = row.ConfirmedAt, ["unsubscribedAt"] = row.UnsubscribedAt,
            });
        }

        return new JsonObject { ["subscriptions"] = list };
    }

    public async Task<string> EraseAsync(DataSubject subject, IShopTransaction db, CancellationToken cancellationToken)
    {
        var rows = await FindAsync(subject, db, cancellationToken);
        foreach (var row in rows)
        {
            await db.ExecuteAsync("DELETE FROM newsletter_subscriptions WHERE shop_id = @shop AND id = @id", new { id = row.Id }, cancellationToken);
        }

        return $"{rows.Count} inscription(s) aux lettres supprimée(s)";
    }

    private static async Task<IReadOnlyList<SubscriptionRow>> FindAsync(DataSubject subject, IShopSql db, CancellationToken ct)
    {
        var rows = new Dictionary<long, SubscriptionRow>();
        var select = $"SELECT {SubscriptionRow.Columns} FROM newsletter_subscriptions WHERE shop_id = @shop";
        foreach (var row in await db.QueryAsync<SubscriptionRow>($"{select} AND contact_id = @contactId", new { contactId = subject.ContactId }, ct))
        {
            rows[row.Id] = row;
        }

        foreach (var email in subject.Emails.Where(e => !string.IsNullOrWhiteSpace(e)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            foreach (var row in await db.QueryAsync<SubscriptionRow>($"{select} AND email_key = @emailKey", new { emailKey = email.Trim().ToLowerInvariant() }, ct))
            {
                rows[row.Id] = row;
            }
        }

        return [.. rows.Values.OrderBy(r => r.Id)];
    }
}
