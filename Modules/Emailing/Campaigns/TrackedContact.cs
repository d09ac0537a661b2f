namespace ModularCrm.Modules.Emailing.Campaigns;

/// <summary>
/// The <c>contact</c> of a campaign template (the same fields as <see cref="RecipientModel.ContactPart"/>) that
/// remembers which fields the template read: the template engine calls a property getter at every access, so a render
/// that did not read a field does not depend on it. <see cref="CampaignRenderMemo"/> keys its renders on those fields.
/// </summary>
internal sealed class TrackedContact(RecipientModel.ContactPart part)
{
    public const int Fields = 7;

    /// <summary>The bit of <see cref="Email"/>: an address is unique within a campaign, so a render that reads it is never reused.</summary>
    public const int EmailBit = 1 << 5;

    private int reads;

    public string? Civility => Read(0, part.Civility);

    public string? FirstName => Read(1, part.FirstName);

    public string? LastName => Read(2, part.LastName);

    public string DisplayName => Read(3, part.DisplayName);

    public string? CompanyName => Read(4, part.CompanyName);

    public string? Email => Read(5, part.Email);

    public string? LastPurchaseOn => Read(6, part.LastPurchaseOn);

    /// <summary>The fields read so far, one bit each in declaration order. A method, so templates do not see it.</summary>
    public int ReadFields() => Volatile.Read(ref reads);

    /// <summary>The value of field <paramref name="index"/> without recording a read.</summary>
    public static string? ValueOf(RecipientModel.ContactPart part, int index) => index switch
    {
        0 => part.Civility,
        1 => part.FirstName,
        2 => part.LastName,
        3 => part.DisplayName,
        4 => part.CompanyName,
        5 => part.Email,
        _ => part.LastPurchaseOn,
    };

    private T Read<T>(int field, T value)
    {
        Interlocked.Or(ref reads, 1 << field);
        return value;
    }
}
