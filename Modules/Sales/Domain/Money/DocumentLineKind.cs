namespace ModularCrm.Modules.Sales.Domain.Money;

/// <summary>Whether a line sells a catalogue product or a free-text item (service, one-off).</summary>
public enum DocumentLineKind
{
    /// <summary>A catalogue product, identified by <see cref="DocumentLine.ProductId"/>.</summary>
    Product,

    /// <summary>Free text typed on the document: no product id.</summary>
    FreeText,
}
