namespace ModularCrm.Modules.Loyalty.Data;

/// <summary>The kinds of ledger movement.</summary>
internal static class MovementKinds
{
    public const string Earn = "earn";
    public const string Reverse = "reverse";
    public const string Convert = "convert";
}
