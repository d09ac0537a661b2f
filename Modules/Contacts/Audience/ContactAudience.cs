using System.Globalization;
using System.Text.Json;
using ModularCrm.Modules.Contacts.Consents;
using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Interactions;
using ModularCrm.Modules.Contacts.Segments;
using ModularCrm.Sdk.Audience;
using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Contacts.Audience;

/// <summary>The contacts module's side of <see cref="IAudience"/>: the only way marketing modules read or change consent.</summary>
internal sealed partial class ContactAudience : IAudience
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<AudienceMember>?> SegmentMembersAsync(IShopSql db, long segmentId, AudienceChannel channel, CancellationToken cancellationToken = default)
    {
        var json = await db.QueryFirstOrDefaultAsync<string>(
            "SELECT filter_json FROM contacts_segments WHERE shop_id = @shop AND id = @segmentId", new { segmentId }, cancellationToken);
        if (json is null)
        {
            return null;
        }

        var (where, args) = SegmentQuery.Build(JsonSerializer.Deserialize<SegmentFilter>(json, Json)!);
        args["audienceChannel"] = Name(channel);
        var rows = await db.QueryAsync<AudienceRow>($"{string.Format(CultureInfo.InvariantCulture, AudienceRow.Select, AddressColumn(channel))} WHERE {where} ORDER BY c.id", args, cancellationToken);
        var topics = await TopicsAsync(db, channel, null, cancellationToken);
        return rows.Select(r => Member(r, topics)).ToList();
    }

    public async Task<AudienceMember?> FindAsync(IShopSql db, long contactId, AudienceChannel channel, CancellationToken cancellationToken = default)
    {
        var args = new Dictionary<string, object?> { ["audienceChannel"] = Name(channel), ["contactId"] = contactId };
        var row = await db.QueryFirstOrDefaultAsync<AudienceRow>(
            $"{string.Format(CultureInfo.InvariantCulture, AudienceRow.Select, AddressColumn(channel))} WHERE c.shop_id = @shop AND c.id = @contactId AND c.erased_at IS NULL",
            args,
            cancellationToken);
        return row is null ? null : Member(row, await TopicsAsync(db, channel, contactId, cancellationToken));
    }

    public async Task<bool> WithdrawConsentAsync(IShopSql db, ConsentWithdrawal withdrawal, CancellationToken cancellationToken = default)
    {
        if (!await ExistsAsync(db, withdrawal.ContactId, cancellationToken))
        {
            return false;
        }

        var channel = Name(withdrawal.Channel);
        if (withdrawal.Topic is null)
        {
            var current = await db.QueryFirstOrDefaultAsync<string>(
                "SELECT status FROM contacts_consents WHERE shop_id = @shop AND contact_id = @id AND channel = @channel",
                new { id = withdrawal.ContactId, channel },
                cancellationToken);
            if (current != "withdrawn")
            {
                var change = new ConsentChange(withdrawal.ContactId, channel, "withdrawn", withdrawal.At, Cut(withdrawal.Source, 100), Cut(withdrawal.Proof, 1000));
                await ConsentEndpoints.RecordAsync(db, change, withdrawal.At, cancellationToken);
            }

            return true;
        }

        var args = new
        {
            id = withdrawal.ContactId, channel, topic = Cut(withdrawal.Topic, 100), at = withdrawal.At,
            source = Cut(withdrawal.Source, 100), proof = Cut(withdrawal.Proof, 1000),
        };
        var seen = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM contacts_topic_optouts WHERE shop_id = @shop AND contact_id = @id AND channel = @channel AND topic = @topic", args, cancellationToken);
        if (seen == 0)
        {
            await db.ExecuteAsync(
                "INSERT INTO contacts_topic_optouts (shop_id, contact_id, channel, topic, withdrawn_at, source, proof) VALUES (@shop, @id, @channel, @topic, @at, @source, @proof)",
                args,
                cancellationToken);
            await TopicConsentLog.AppendAsync(db, args.id, channel, args.topic!, "withdrawn", args.at, args.source, args.proof, cancellationToken);
        }

        return true;
    }

    public async Task<bool> DisableAddressAsync(IShopSql db, AddressFailure failure, CancellationToken cancellationToken = default)
    {
        if (!await ExistsAsync(db, failure.ContactId, cancellationToken))
        {
            return false;
        }

        var args = new
        {
            id = failure.ContactId, channel = Name(failure.Channel), address = Cut(failure.Address.Trim().ToLowerInvariant(), 254),
            reason = Cut(failure.Reason, 500), at = failure.At,
        };
        var seen = await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM contacts_address_blocks WHERE shop_id = @shop AND channel = @channel AND address = @address", args, cancellationToken);
        if (seen == 0)
        {
            await db.ExecuteAsync(
                "INSERT INTO contacts_address_blocks (shop_id, contact_id, channel, address, reason, blocked_at) VALUES (@shop, @id, @channel, @address, @reason, @at)",
                args,
                cancellationToken);
        }

        return true;
    }

    public async Task<bool> LogInteractionAsync(IShopSql db, AudienceInteraction interaction, CancellationToken cancellationToken = default)
    {
        if (!await ExistsAsync(db, interaction.ContactId, cancellationToken))
        {
            return false;
        }

        var kind = interaction.Channel == AudienceChannel.Sms ? "sms_sent" : "email_sent";
        return await InteractionStore.AddOnceAsync(
            db, interaction.ContactId, kind, interaction.OccurredAt, interaction.Subject, interaction.Body, interaction.SourceModule, interaction.ExternalRef, cancellationToken);
    }

    private static async Task<bool> ExistsAsync(IShopSql db, long contactId, CancellationToken ct) =>
        await db.QueryFirstOrDefaultAsync<long>(
            "SELECT COUNT(*) FROM contacts_contacts WHERE shop_id = @shop AND id = @contactId AND erased_at IS NULL", new { contactId }, ct) > 0;

    private static async Task<ILookup<long, string>> TopicsAsync(IShopSql db, AudienceChannel channel, long? contactId, CancellationToken ct)
    {
        // Two statements rather than "@contactId IS NULL OR ...": PostgreSQL cannot type an untyped null parameter.
        const string Sql = "SELECT contact_id AS ContactId, topic AS Topic FROM contacts_topic_optouts WHERE shop_id = @shop AND channel = @channel";
        var rows = contactId is { } id
            ? await db.QueryAsync<TopicRow>(Sql + " AND contact_id = @id", new { channel = Name(channel), id }, ct)
            : await db.QueryAsync<TopicRow>(Sql, new { channel = Name(channel) }, ct);
        return rows.ToLookup(r => r.ContactId, r => r.Topic);
    }

    private static AudienceMember Member(AudienceRow r, ILookup<long, string> topics)
    {
        var lastPurchase = Date(r.LastPurchase);
        var status = r.ConsentStatus switch
        {
            "withdrawn" => MarketingStatus.Withdrawn,
            "granted" => MarketingStatus.ConsentGiven,
            _ when lastPurchase is not null => MarketingStatus.SoftOptInCustomer,
            _ => MarketingStatus.NoConsent,
        };
        var display = r.Kind == ContactKinds.Company ? r.CompanyName ?? string.Empty : $"{r.FirstName} {r.LastName}".Trim();
        return new AudienceMember(
            r.Id, r.Address, display, r.Civility, r.FirstName, r.LastName, r.CompanyName, lastPurchase, status, r.BlockReason, topics[r.Id].ToList())
        {
            BirthDate = Date(r.BirthDate),
        };
    }

    // Text on SQLite, a date on the other engines.
    private static DateOnly? Date(object? value) => value switch
    {
        DateTime dt => DateOnly.FromDateTime(dt),
        DateOnly d => d,
        string s when DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };

    private static string AddressColumn(AudienceChannel channel) => channel == AudienceChannel.Sms ? "c.mobile" : "c.email";

    private static string Name(AudienceChannel channel) => channel == AudienceChannel.Sms ? "sms" : "email";

    private static string? Cut(string? text, int max) => text is { } t && t.Length > max ? t[..max] : text;

    private sealed class TopicRow
    {
        public long ContactId { get; init; }

        public string Topic { get; init; } = string.Empty;
    }
}
