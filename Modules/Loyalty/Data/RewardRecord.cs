namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>A voucher or gift (<c>loyalty_rewards</c>).</summary>
internal sealed class RewardRecord
{
    public long Id { get; set; }

    public string Code { get; set; } = string.Empty;

    public long ContactId { get; set; }

    public long? CardId { get; set; }

    public long? ProgramId { get; set; }

    public long? MeetingId { get; set; }

    /// <summary><c>amount</c>, <c>percent</c> or <c>gift</c>.</summary>
    public string Kind { get; set; } = string.Empty;

    public object? Value { get; set; }

    public string Label { get; set; } = string.Empty;

    public object IssuedOn { get; set; } = string.Empty;

    public object? ExpiresOn { get; set; }

    public DateTimeOffset? RedeemedAt { get; set; }

    public string? RedeemedDocument { get; set; }
}
