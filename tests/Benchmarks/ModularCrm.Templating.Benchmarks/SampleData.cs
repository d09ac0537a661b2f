namespace ModularCrm.Templating.Benchmarks;

/// <summary>One invoice line.</summary>
public sealed record InvoiceLine(string Sku, string Label, int Quantity, decimal UnitPrice, decimal VatRate)
{
    /// <summary>Quantity × unit price, before VAT.</summary>
    public decimal Total => Quantity * UnitPrice;
}

/// <summary>VAT total for one rate.</summary>
public sealed record VatLine(decimal Rate, decimal Base, decimal Amount);

/// <summary>The invoice rendered by both engines.</summary>
public sealed record Invoice(string Number, DateTime IssuedOn, string CustomerName, string CustomerCity, IReadOnlyList<InvoiceLine> Lines, IReadOnlyList<VatLine> Vat)
{
    /// <summary>Sum of line totals.</summary>
    public decimal TotalExcludingVat => Lines.Sum(l => l.Total);

    /// <summary>Sum of VAT amounts.</summary>
    public decimal TotalVat => Vat.Sum(v => v.Amount);

    /// <summary>Amount due.</summary>
    public decimal TotalIncludingVat => TotalExcludingVat + TotalVat;
}

/// <summary>Data for the personalised email.</summary>
public sealed record EmailModel(string FirstName, string ShopName, int Points, bool IsVip, IReadOnlyList<string> Offers);

/// <summary>Builds the same data for every benchmark.</summary>
public static class SampleData
{
    /// <summary>A 20-line invoice with two VAT rates.</summary>
    public static Invoice Invoice()
    {
        var lines = Enumerable.Range(1, 20)
            .Select(i => new InvoiceLine($"SKU-{i:000}", $"Article n°{i} <réf>", i % 4 + 1, 3.5m * i, i % 3 == 0 ? 0.055m : 0.2m))
            .ToList();
        var vat = lines.GroupBy(l => l.VatRate)
            .Select(g => new VatLine(g.Key, g.Sum(l => l.Total), Math.Round(g.Sum(l => l.Total) * g.Key, 2)))
            .ToList();
        return new Invoice("F-2026-0042", new DateTime(2026, 11, 22), "Boulangerie Dupont & Fils", "Lyon", lines, vat);
    }

    /// <summary>A customer email.</summary>
    public static EmailModel Email() => new("Léa", "La Petite Épicerie", 1250, true, ["-10 % sur le café", "Livraison offerte", "Un macaron offert"]);
}
