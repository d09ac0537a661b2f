using ModularCrm.Sdk.Data;

namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>
/// Do-once keys (<c>loyalty_claims</c>): an insert-or-nothing on the primary key, so that of two deliveries of the same
/// event, or two concurrent ones, exactly one goes on. Not a check-then-insert: the database's key decides.
/// </summary>
internal static class Claims
{
    private static readonly string[] Key = ["shop_id", "claim_key"];

    /// <summary>True when this transaction took the claim (the row was new); false when someone already had it.</summary>
    public static async Task<bool> TryTakeAsync(IShopTransaction tx, string claimKey, CancellationToken ct) =>
        await tx.ExecuteAsync(tx.Dialect.Upsert("loyalty_claims", Key, []), new { claim_key = claimKey }, ct) == 1;

    public static string Earn(long programId, Guid invoiceId) => $"earn:{programId}:{invoiceId:N}";

    public static string Purchase(Guid invoiceId) => $"purchase:{invoiceId:N}";

    public static string Credit(Guid creditNoteId) => $"credit:{creditNoteId:N}";

    public static string Card(long contactId) => $"card:{contactId}";
}
