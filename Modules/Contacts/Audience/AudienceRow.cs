namespace ModularCrm.Modules.Contacts.Audience;

/// <summary>A contact joined with its consent, last purchase and address block for one channel.</summary>
internal sealed class AudienceRow
{
    public const string Select =
        """
        SELECT c.id AS Id, c.kind AS Kind, c.civility AS Civility, c.first_name AS FirstName, c.last_name AS LastName,
               c.company_name AS CompanyName, c.birth_date AS BirthDate, {0} AS Address, k.status AS ConsentStatus, b.reason AS BlockReason,
               (SELECT MAX(p.purchase_date) FROM contacts_purchases p WHERE p.shop_id = @shop AND p.contact_id = c.id AND p.document_kind = 'invoice') AS LastPurchase
        FROM contacts_contacts c
        LEFT JOIN contacts_consents k ON k.shop_id = c.shop_id AND k.contact_id = c.id AND k.channel = @audienceChannel
        LEFT JOIN contacts_address_blocks b ON b.shop_id = c.shop_id AND b.channel = @audienceChannel AND b.address = LOWER({0})
        """;

    public long Id { get; init; }

    public string Kind { get; init; } = string.Empty;

    public string? Civility { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? CompanyName { get; init; }

    public string? Address { get; init; }

    public string? ConsentStatus { get; init; }

    public string? BlockReason { get; init; }

    /// <summary>Text on SQLite, a date on the other engines.</summary>
    public object? LastPurchase { get; init; }

    /// <summary>Text on SQLite, a date on the other engines.</summary>
    public object? BirthDate { get; init; }
}
