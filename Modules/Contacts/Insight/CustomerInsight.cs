using ModularCrm.Modules.Contacts.Purchases;

namespace ModularCrm.Modules.Contacts.Insight;

/// <summary>
/// A contact's value: RFM segment and the formula
/// gross = purchases per year × average transaction + average transaction × (retention × (period − 1));
/// acquisition = cost to reach ÷ conversion rate; net = gross − acquisition.
/// </summary>
public sealed record CustomerInsight(
    PurchaseSummary Purchases,
    decimal PurchasesPerYear,
    int? RecencyDays,
    string RfmSegment,
    decimal GrossValue,
    decimal AcquisitionCost,
    decimal NetValue,
    ValueInputs Inputs)
{
    public static CustomerInsight Compute(PurchaseSummary purchases, ValueInputs inputs, DateOnly today)
    {
        var first = purchases.FirstPurchase is { } f ? DateOnly.Parse(f, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
        var last = purchases.LastPurchase is { } l ? DateOnly.Parse(l, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
        var years = first is null ? 1m : Math.Max(1m, (today.DayNumber - first.Value.DayNumber) / 365.25m);
        var perYear = Math.Round(purchases.PurchaseCount / years, 2);
        var average = purchases.AverageBasketExclVat;
        var gross = Math.Round(perYear * average + average * (inputs.RetentionRate * (inputs.PeriodYears - 1)), 2);
        var acquisition = Math.Round(inputs.CostToReach / inputs.ConversionRate, 2);
        var recency = last is null ? (int?)null : today.DayNumber - last.Value.DayNumber;
        return new CustomerInsight(purchases, perYear, recency, Rfm(recency, perYear, purchases.TotalExclVat), gross, acquisition, gross - acquisition, inputs);
    }

    /// <summary>Fixed thresholds a small shop can read: recency in days, frequency per year, monetary in € excl. VAT.</summary>
    private static string Rfm(int? recency, decimal perYear, decimal total) => recency switch
    {
        null => "prospect",
        <= 180 when perYear >= 3 && total >= 500 => "champion",
        <= 180 when perYear >= 2 => "fidèle",
        <= 180 => "récent",
        <= 365 => "à relancer",
        <= 730 => "à risque",
        _ => "perdu",
    };
}
