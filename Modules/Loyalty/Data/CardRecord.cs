namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>A loyalty card (<c>loyalty_cards</c>).</summary>
internal sealed class CardRecord
{
    public long Id { get; set; }

    public long ContactId { get; set; }

    public string Number { get; set; } = string.Empty;

    public string? HolderName { get; set; }

    public string? Email { get; set; }

    /// <summary><c>demand</c> (issued through the API) or <c>auto</c> (on a first purchase).</summary>
    public string IssuedHow { get; set; } = string.Empty;

    public DateTimeOffset IssuedAt { get; set; }
}
