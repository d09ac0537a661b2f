using ModularCrm.Modules.Sales.Domain.Money;

namespace ModularCrm.Modules.Sales.Domain.Common;

/// <summary>Shared checks on the lines of a document before they are stored or the document is validated.</summary>
internal static class DraftLines
{
    public static IReadOnlyList<DocumentLine> Copy(IEnumerable<DocumentLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var copy = lines.ToList();
        if (copy.Any(l => l is null))
        {
            throw new ArgumentException("A line is null.", nameof(lines));
        }

        return copy.AsReadOnly();
    }

    public static void RequireSome(IReadOnlyList<DocumentLine> lines, string code, string documentLabel)
    {
        if (lines.Count == 0)
        {
            throw SalesDomainException.Of(code, "lines", $"{documentLabel} n'a aucune ligne : ajoutez au moins une ligne avant de le valider.");
        }
    }

    public static void RequireNumber(string number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw SalesDomainException.Of(SalesErrorCodes.NumberRequired, "number", "Le numéro du document est obligatoire pour le valider.");
        }
    }
}
