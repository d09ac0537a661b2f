namespace ModularCrm.Modules.Sales.Domain.Numbering;

/// <summary>The masks a new shop starts with (each shop may change them).</summary>
public static class DefaultNumberingMasks
{
    /// <summary>The default mask text for <paramref name="type"/>.</summary>
    public static string For(SalesDocumentType type) => type switch
    {
        SalesDocumentType.Quote => "DE{yyyy}-{0000}",
        SalesDocumentType.Order => "CO{yyyy}-{0000}",
        SalesDocumentType.DeliveryNote => "BL{yyyy}-{0000}",
        SalesDocumentType.Invoice => "FA{yyyy}-{00000}",
        SalesDocumentType.CreditNote => "AV{yyyy}-{00000}",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown document type."),
    };
}
