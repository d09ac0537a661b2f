namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>What a program (or a hosted meeting) gives: a voucher of an amount or a percentage, or a gift.</summary>
internal static class RewardKinds
{
    /// <summary>A voucher of a fixed amount TTC.</summary>
    public const string Amount = "amount";

    /// <summary>A voucher of a percentage off the document.</summary>
    public const string Percent = "percent";

    /// <summary>A gift handed over in the shop (label says which).</summary>
    public const string Gift = "gift";

    public static readonly string[] All = [Amount, Percent, Gift];
}
