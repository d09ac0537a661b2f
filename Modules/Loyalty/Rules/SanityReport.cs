namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>The sanity check of one program over the shop's recorded purchases.</summary>
/// <param name="Purchases">Purchases looked at.</param>
/// <param name="Customers">Distinct customers among them.</param>
/// <param name="AverageBasket">Mean purchase TTC.</param>
/// <param name="MedianBasket">Median purchase TTC.</param>
/// <param name="WindowDays">Days over which units are added up per customer (the program's expiry, else 365).</param>
/// <param name="CustomersReachingThreshold">Customers whose units over one window reach the threshold.</param>
/// <param name="Warnings">What looks wrong; empty when the program fits the customers, or when there is too little data to say.</param>
/// <param name="EnoughData">False below <see cref="SanityCheck.MinimumPurchases"/> purchases: no warning is given then.</param>
internal sealed record SanityReport(
    int Purchases,
    int Customers,
    decimal AverageBasket,
    decimal MedianBasket,
    int WindowDays,
    int CustomersReachingThreshold,
    IReadOnlyList<SanityWarning> Warnings,
    bool EnoughData);
