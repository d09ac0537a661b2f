using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Domain.Legal;

/// <summary>A SIREN: 9 digits identifying a French company, valid under the Luhn check.</summary>
public sealed record Siren
{
    private Siren(string value) => Value = value;

    /// <summary>The 9 digits.</summary>
    public string Value { get; }

    /// <summary>Parses a SIREN (spaces allowed: "732 829 320"), or throws <c>legal.siren_invalid</c>.</summary>
    public static Siren Parse(string? text, string field = "siren")
        => TryParse(text, out var siren) ? siren! : throw SalesDomainException.Of(SalesErrorCodes.LegalSirenInvalid, field, $"Le SIREN « {text} » est invalide : 9 chiffres dont le dernier est une clé de contrôle (formule de Luhn).");

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse(string? text, out Siren? siren)
    {
        var digits = Luhn.Normalise(text);
        siren = Luhn.AllDigits(digits, 9) && Luhn.IsValid(digits) ? new Siren(digits) : null;
        return siren is not null;
    }

    /// <summary>The French VAT number of this company: FR + key + SIREN, key = (12 + 3 × (SIREN mod 97)) mod 97.</summary>
    public string VatNumber => $"FR{(12 + 3 * (long.Parse(Value) % 97)) % 97:00}{Value}";

    /// <inheritdoc />
    public override string ToString() => $"{Value[..3]} {Value[3..6]} {Value[6..]}";
}
