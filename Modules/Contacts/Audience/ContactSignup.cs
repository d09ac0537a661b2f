using ModularCrm.Modules.Contacts.Consents;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Audience;

/// <summary>
/// The contacts module's side of <see cref="IAudienceSignup"/>: a confirmed list sign-up becomes a contact (found by
/// address, or created as a prospect from the website) with the topic's consent in its log as proof.
/// </summary>
internal sealed class ContactSignup : IAudienceSignup
{
    public async Task<long> SignUpAsync(IShopSql db, AudienceSignup signup, CancellationToken cancellationToken = default)
    {
        var address = signup.Address.Trim();
        var column = signup.Channel == AudienceChannel.Sms ? "mobile" : "email";
        var channel = signup.Channel == AudienceChannel.Sms ? "sms" : "email";
        var id = await db.QueryFirstOrDefaultAsync<long?>(
            $"SELECT MIN(id) FROM contacts_contacts WHERE shop_id = @shop AND LOWER({column}) = @address AND erased_at IS NULL",
            new { address = address.ToLowerInvariant() },
            cancellationToken);
        if (id is not { } contactId)
        {
            contactId = await CreateAsync(db, signup, address, cancellationToken);
        }

        var args = new
        {
            id = contactId, channel, topic = Cut(signup.Topic, 100), at = signup.At, source = Cut(signup.Source, 100), proof = Cut(signup.Proof, 1000),
        };
        await db.ExecuteAsync(
            "DELETE FROM contacts_topic_optouts WHERE shop_id = @shop AND contact_id = @id AND channel = @channel AND topic = @topic", args, cancellationToken);
        await TopicConsentLog.AppendAsync(db, contactId, channel, args.topic!, "granted", signup.At, args.source, args.proof, cancellationToken);
        return contactId;
    }

    private static async Task<long> CreateAsync(IShopSql db, AudienceSignup signup, string address, CancellationToken ct)
    {
        var values = new ContactValues
        {
            FirstName = Cut(signup.FirstName?.Trim(), 100),
            LastName = Cut(signup.LastName?.Trim(), 100),
            Email = signup.Channel == AudienceChannel.Email ? Cut(address, 254) : null,
            Mobile = signup.Channel == AudienceChannel.Sms ? Cut(address, 20) : null,
            Lifecycle = "prospect",
            Source = "website",
        };
        var id = await ContactStore.InsertAsync(db, values, signup.At, ct);
        if (db is IShopTransaction tx)
        {
            var display = $"{values.FirstName} {values.LastName}".Trim();
            await tx.PublishAsync(ContactCreated.Name, new ContactCreated(id, ContactKinds.Person, display.Length > 0 ? display : address, values.Email), ct);
        }

        return id;
    }

    private static string? Cut(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;
}
