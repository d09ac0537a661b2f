using System.Globalization;
using ModularCrm.Modules.Contacts.Data;

namespace ModularCrm.Modules.Contacts.Segments;

/// <summary>Turns a <see cref="SegmentFilter"/> into a parameterised WHERE over <c>contacts_contacts c</c>.</summary>
internal static class SegmentQuery
{
    public static Dictionary<string, string[]> Validate(SegmentFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        if (filter.Consent is { } channel && !Consents.Consents.Channels.Contains(channel))
        {
            errors["consent"] = [$"Canal « {channel} » inconnu : {string.Join(", ", Consents.Consents.Channels)}."];
        }

        if (filter.Lifecycle is { } lifecycle && !Api.ContactValidator.Lifecycles.Contains(lifecycle))
        {
            errors["lifecycle"] = [$"Statut « {lifecycle} » inconnu : {string.Join(", ", Api.ContactValidator.Lifecycles)}."];
        }

        if (filter.Kind is { } kind && kind is not (ContactKinds.Person or ContactKinds.Company))
        {
            errors["kind"] = [$"« {kind} » n'est pas un type de contact : person ou company."];
        }

        return errors;
    }

    public static (string Where, Dictionary<string, object?> Args) Build(SegmentFilter f)
    {
        var where = new List<string> { "c.shop_id = @shop", "c.erased_at IS NULL" };
        var args = new Dictionary<string, object?>();
        if (f.IsHost is { } host)
        {
            where.Add(host ? "c.is_host = 1" : "(c.is_host IS NULL OR c.is_host = 0)");
        }

        if (f.MinAnnualRevenue is { } min)
        {
            where.Add("c.annual_revenue > @minRevenue");
            args["minRevenue"] = min;
        }

        if (f.City is { Length: > 0 } city)
        {
            where.Add("LOWER(c.city) = @city");
            args["city"] = city.Trim().ToLowerInvariant();
        }

        if (f.LastPurchaseBefore is { } before)
        {
            where.Add("(SELECT MAX(p.purchase_date) FROM contacts_purchases p WHERE p.shop_id = @shop AND p.contact_id = c.id AND p.document_kind = 'invoice') < @before");
            args["before"] = before.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (f.Consent is { } channel)
        {
            where.Add("EXISTS (SELECT 1 FROM contacts_consents k WHERE k.shop_id = @shop AND k.contact_id = c.id AND k.channel = @channel AND k.status = 'granted')");
            args["channel"] = channel;
        }

        if (f.Tag is { Length: > 0 } tag)
        {
            where.Add("(LOWER(c.remarks) LIKE @tag OR EXISTS (SELECT 1 FROM contacts_tags t WHERE t.shop_id = @shop AND t.contact_id = c.id AND LOWER(t.tag) LIKE @tag))");
            args["tag"] = "%" + tag.Trim().ToLowerInvariant().Replace("%", string.Empty, StringComparison.Ordinal) + "%";
        }

        if (f.Lifecycle is { } lifecycle)
        {
            where.Add("c.lifecycle = @lifecycle");
            args["lifecycle"] = lifecycle;
        }

        if (f.Kind is { } kind)
        {
            where.Add("c.kind = @kind");
            args["kind"] = kind;
        }

        return (string.Join(" AND ", where), args);
    }
}
