using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Domain.Legal;

/// <summary>A French intra-community VAT number: FR, a 2-digit key, the SIREN; key = (12 + 3 × (SIREN mod 97)) mod 97.</summary>
public sealed record FrenchVatNumber
{
    private FrenchVatNumber(string value, Siren siren)
    {
        Value = value;
        Siren = siren;
    }

    /// <summary>The number without spaces, e.g. FR44732829320.</summary>
    public string Value { get; }

    /// <summary>The SIREN inside it.</summary>
    public Siren Siren { get; }

    /// <summary>Parses a VAT number (spaces and lower case allowed), or throws <c>legal.vat_number_invalid</c> saying what is wrong.</summary>
    public static FrenchVatNumber Parse(string? text, string field = "vatNumber")
    {
        var value = Luhn.Normalise(text).ToUpperInvariant();
        if (value.Length != 13 || !value.StartsWith("FR", StringComparison.Ordinal) || !value[2..].All(char.IsAsciiDigit))
        {
            throw SalesDomainException.Of(SalesErrorCodes.LegalVatNumberInvalid, field, $"Le numéro de TVA « {text} » est invalide : FR suivi de 11 chiffres (clé à 2 chiffres puis SIREN).");
        }

        if (!Siren.TryParse(value[4..], out var siren))
        {
            throw SalesDomainException.Of(SalesErrorCodes.LegalVatNumberInvalid, field, $"Le numéro de TVA « {text} » contient un SIREN invalide ({value[4..]}).");
        }

        if (siren!.VatNumber != value)
        {
            throw SalesDomainException.Of(SalesErrorCodes.LegalVatNumberInvalid, field, $"Le numéro de TVA « {text} » a une clé erronée : pour le SIREN {siren.Value}, la clé est {siren.VatNumber[2..4]}.");
        }

        return new FrenchVatNumber(value, siren);
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
