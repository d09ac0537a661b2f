using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Audience;

/// <summary>The lookup by address of <see cref="IAudience"/>: whose address a reply came from (an SMS STOP from a number never texted).</summary>
internal sealed partial class ContactAudience
{
    public async Task<IReadOnlyList<long>> ContactsWithAddressAsync(IShopSql db, AudienceChannel channel, string address, CancellationToken cancellationToken = default)
    {
        // Mobiles are stored in E.164 by the contact form and the import, so an exact match; e-mails as typed, so ignoring case.
        var sql = channel == AudienceChannel.Sms
            ? "SELECT id FROM contacts_contacts WHERE shop_id = @shop AND mobile = @address AND erased_at IS NULL ORDER BY id"
            : "SELECT id FROM contacts_contacts WHERE shop_id = @shop AND LOWER(email) = @address AND erased_at IS NULL ORDER BY id";
        var key = channel == AudienceChannel.Sms ? address.Trim() : address.Trim().ToLowerInvariant();
        return await db.QueryAsync<long>(sql, new { address = key }, cancellationToken);
    }
}
