namespace ModularCrm.Modules.Contacts.Insight;

/// <summary>
/// A shop's inputs to the customer value formula: retention rate (0–1), period in years, cost to reach one
/// prospect (€) and conversion rate (0–1, above 0).
/// </summary>
public sealed record ValueInputs(decimal RetentionRate, int PeriodYears, decimal CostToReach, decimal ConversionRate)
{
    /// <summary>Used until the shop saves its own figures.</summary>
    public static ValueInputs Default { get; } = new(0.5m, 3, 10m, 0.1m);
}
