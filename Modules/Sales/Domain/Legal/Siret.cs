using ModularCrm.Modules.Sales.Domain.Common;

namespace ModularCrm.Modules.Sales.Domain.Legal;

/// <summary>
/// A SIRET: a valid SIREN followed by a 5-digit establishment number, the 14 digits valid under the Luhn check.
/// La Poste (SIREN 356 000 000) has too many establishments for Luhn: INSEE checks its SIRETs by the sum of the
/// digits being a multiple of 5, and so do we.
/// </summary>
public sealed record Siret
{
    private const string LaPosteSiren = "356000000";

    private Siret(string value) => Value = value;

    /// <summary>The 14 digits.</summary>
    public string Value { get; }

    /// <summary>The company's SIREN (first 9 digits).</summary>
    public Siren Siren => Siren.Parse(Value[..9]);

    /// <summary>Parses a SIRET (spaces allowed), or throws <c>legal.siret_invalid</c>.</summary>
    public static Siret Parse(string? text, string field = "siret")
        => TryParse(text, out var siret) ? siret! : throw SalesDomainException.Of(SalesErrorCodes.LegalSiretInvalid, field, $"Le SIRET « {text} » est invalide : 14 chiffres (SIREN + numéro d'établissement) avec une clé de contrôle (formule de Luhn).");

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse(string? text, out Siret? siret)
    {
        var digits = Luhn.Normalise(text);
        var valid = Luhn.AllDigits(digits, 14)
            && (digits.StartsWith(LaPosteSiren, StringComparison.Ordinal)
                ? digits.Sum(c => c - '0') % 5 == 0
                : Luhn.IsValid(digits) && Luhn.IsValid(digits[..9]));
        siret = valid ? new Siret(digits) : null;
        return valid;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Value[..3]} {Value[3..6]} {Value[6..9]} {Value[9..]}";
}
