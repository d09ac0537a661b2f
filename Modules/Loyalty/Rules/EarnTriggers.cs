namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>Which sales event makes a purchase count in a program.</summary>
internal static class EarnTriggers
{
    /// <summary><c>sales.invoice.validated</c>: as soon as the invoice is numbered.</summary>
    public const string Validated = "validated";

    /// <summary><c>sales.invoice.paid</c>: only once nothing is due any more.</summary>
    public const string Paid = "paid";

    public static readonly string[] All = [Validated, Paid];
}
