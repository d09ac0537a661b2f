namespace GiftCards.Api;

/// <summary>A gift card as the API returns it.</summary>
/// <remarks>Settable properties rather than a positional record: SQLite hands back a NUMERIC as integer, real or text,
/// and Dapper converts only when it sets properties.</remarks>
public sealed class GiftCard
{
    /// <summary>The card's id.</summary>
    public long Id { get; init; }

    /// <summary>The code printed on the card.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The amount, in euros.</summary>
    public decimal Amount { get; init; }

    /// <summary>The sales order that paid for it, if any.</summary>
    public long? OrderId { get; init; }
}
