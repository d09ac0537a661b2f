using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Api;

/// <summary>Checks a <see cref="ContactInput"/> field by field, with reasons staff can act on, and normalises it.</summary>
internal static class ContactValidator
{
    public static readonly string[] Lifecycles = ["prospect", "customer", "former"];
    public static readonly string[] Sources = ["trade_fair", "website", "shop", "import", "referral", "other"];
    private static readonly string[] Civilities = ["M.", "Mme", "Mx"];

    public static Dictionary<string, string[]> Validate(ContactInput input, out ContactValues values)
    {
        var errors = new Dictionary<string, string[]>();
        var kind = input.Kind ?? ContactKinds.Person;
        if (kind is not (ContactKinds.Person or ContactKinds.Company))
        {
            errors["kind"] = [$"« {kind} » n'est pas un type de contact : person ou company."];
        }

        if (kind == ContactKinds.Person && string.IsNullOrWhiteSpace(input.LastName))
        {
            errors["lastName"] = ["Le nom est obligatoire pour une personne."];
        }

        if (kind == ContactKinds.Company && string.IsNullOrWhiteSpace(input.CompanyName))
        {
            errors["companyName"] = ["La raison sociale est obligatoire pour une société."];
        }

        if (kind == ContactKinds.Company && input.CompanyId is not null)
        {
            errors["companyId"] = ["Une société ne peut pas appartenir à une autre société."];
        }

        OneOf(errors, "civility", input.Civility, Civilities, "Civilité");
        OneOf(errors, "lifecycle", input.Lifecycle, Lifecycles, "Statut");
        OneOf(errors, "source", input.Source, Sources, "Origine");

        string? email = null;
        if (Blank(input.Email) is { } rawEmail)
        {
            var check = EmailValidator.Default.Check(rawEmail);
            if (check.IsValid && check.Suggestion is null)
            {
                email = check.Normalized?.ToLowerInvariant();
            }
            else
            {
                errors["email"] = [check.Message ?? $"« {rawEmail} » n'est pas une adresse e-mail valide."];
            }
        }

        var phone = Phone(errors, "phone", input.Phone);
        var mobile = Phone(errors, "mobile", input.Mobile);
        if (Blank(input.Postcode) is { } postcode && PostalCodes.Key(postcode) is null)
        {
            errors["postcode"] = [$"« {postcode} » n'est pas un code postal français (5 chiffres)."];
        }

        if (Blank(input.Siren) is { } siren && !IsSiren(siren))
        {
            errors["siren"] = [$"« {siren} » n'est pas un SIREN : 9 chiffres avec une clé de Luhn valide."];
        }

        if (input.BirthDate is { } birth && (birth > DateOnly.FromDateTime(DateTime.UtcNow) || birth.Year < 1900))
        {
            errors["birthDate"] = [$"Date de naissance {birth:dd/MM/yyyy} impossible."];
        }

        if (input.AnnualRevenue is < 0)
        {
            errors["annualRevenue"] = ["Le chiffre d'affaires déclaré ne peut pas être négatif."];
        }

        if (input.Tags is { } tags && tags.FirstOrDefault(t => string.IsNullOrWhiteSpace(t) || t.Trim().Length > 100) is { } badTag)
        {
            errors["tags"] = [$"Étiquette « {badTag} » vide ou trop longue (100 caractères au plus)."];
        }

        CheckLength(errors, "firstName", input.FirstName, 100);
        CheckLength(errors, "lastName", input.LastName, 100);
        CheckLength(errors, "companyName", input.CompanyName, 200);
        CheckLength(errors, "email", input.Email, 254);
        CheckLength(errors, "city", input.City, 100);
        CheckLength(errors, "address", input.Address, 300);
        CheckLength(errors, "country", input.Country, 2);
        CheckLength(errors, "vatNumber", input.VatNumber, 20);
        CheckLength(errors, "ambassadorName", input.AmbassadorName, 200);
        CheckLength(errors, "externalId", input.ExternalId, 100);
        CheckLength(errors, "remarks", input.Remarks, 2000);

        values = new ContactValues
        {
            Kind = kind,
            CompanyId = input.CompanyId,
            Civility = Blank(input.Civility),
            FirstName = Blank(input.FirstName),
            LastName = Blank(input.LastName),
            CompanyName = Blank(input.CompanyName),
            Email = email,
            Phone = phone,
            Mobile = mobile,
            Address = Blank(input.Address),
            City = Blank(input.City),
            Postcode = Blank(input.Postcode),
            Country = Blank(input.Country)?.ToUpperInvariant(),
            BirthDate = input.BirthDate,
            Siren = Blank(input.Siren)?.Replace(" ", string.Empty, StringComparison.Ordinal),
            VatNumber = Blank(input.VatNumber)?.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant(),
            Lifecycle = Blank(input.Lifecycle) ?? "prospect",
            OwnerUserId = input.OwnerUserId,
            AmbassadorId = input.AmbassadorId,
            AmbassadorName = Blank(input.AmbassadorName),
            IsHost = input.IsHost,
            Source = Blank(input.Source),
            ExternalId = Blank(input.ExternalId),
            AnnualRevenue = input.AnnualRevenue,
            Remarks = Blank(input.Remarks),
        };
        return errors;
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Phone(Dictionary<string, string[]> errors, string field, string? raw)
    {
        if (Blank(raw) is not { } text)
        {
            return null;
        }

        var result = PhoneNormalizer.Normalize(text);
        if (!result.IsValid)
        {
            errors[field] = [result.Message ?? $"« {text} » n'est pas un numéro de téléphone valide."];
        }

        return result.E164;
    }

    private static bool IsSiren(string siren)
    {
        var digits = siren.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var d = digits[i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                d = d > 9 ? d - 9 : d;
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    private static void OneOf(Dictionary<string, string[]> errors, string field, string? value, string[] allowed, string label)
    {
        if (Blank(value) is { } text && !allowed.Contains(text))
        {
            errors[field] = [$"{label} « {text} » inconnu(e) : {string.Join(", ", allowed)}."];
        }
    }

    private static void CheckLength(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max && !errors.ContainsKey(field))
        {
            errors[field] = [$"{max} caractères au plus ({value.Trim().Length} reçus)."];
        }
    }
}
