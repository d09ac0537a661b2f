using ModularCrm.Modules.Contacts.Data;
using ModularCrm.Modules.Contacts.Quality;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Contacts.Api;

/// <summary>
/// Checks a <see cref="ContactInput"/> field by field, with reasons staff can act on, and normalises it. Each error has
/// a code and the values it names, so that pages can say it in the reader's language (<c>PageText.ErrorText</c>).
/// </summary>
internal static class ContactValidator
{
    public static readonly string[] Lifecycles = ["prospect", "customer", "former"];
    public static readonly string[] Sources = ["trade_fair", "website", "shop", "import", "referral", "other"];
    private static readonly string[] Civilities = ["M.", "Mme", "Mx"];

    public static FormErrors Validate(ContactInput input, out ContactValues values)
    {
        var errors = new FormErrors();
        var kind = input.Kind ?? ContactKinds.Person;
        if (kind is not (ContactKinds.Person or ContactKinds.Company))
        {
            errors.Add("kind", $"« {kind} » n'est pas un type de contact : person ou company.", "contact.kind_unknown", kind);
        }

        if (kind == ContactKinds.Person && string.IsNullOrWhiteSpace(input.LastName))
        {
            errors.Add("lastName", "Le nom est obligatoire pour une personne.", "contact.last_name_required");
        }

        if (kind == ContactKinds.Company && string.IsNullOrWhiteSpace(input.CompanyName))
        {
            errors.Add("companyName", "La raison sociale est obligatoire pour une société.", "contact.company_name_required");
        }

        if (kind == ContactKinds.Company && input.CompanyId is not null)
        {
            errors.Add("companyId", "Une société ne peut pas appartenir à une autre société.", "contact.company_in_company");
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
                errors.Add("email", check.Message ?? $"« {rawEmail} » n'est pas une adresse e-mail valide.", check.Code ?? "email.invalid", rawEmail, check.Suggestion ?? string.Empty);
            }
        }

        var phone = Phone(errors, "phone", input.Phone);
        var mobile = Phone(errors, "mobile", input.Mobile);
        if (Blank(input.Postcode) is { } postcode && PostalCodes.Key(postcode) is null)
        {
            errors.Add("postcode", $"« {postcode} » n'est pas un code postal français (5 chiffres).", "contact.postcode_invalid", postcode);
        }

        if (Blank(input.Siren) is { } siren && !IsSiren(siren))
        {
            errors.Add("siren", $"« {siren} » n'est pas un SIREN : 9 chiffres avec une clé de Luhn valide.", "contact.siren_invalid", siren);
        }

        if (input.BirthDate is { } birth && (birth > DateOnly.FromDateTime(DateTime.UtcNow) || birth.Year < 1900))
        {
            errors.Add("birthDate", $"Date de naissance {birth:dd/MM/yyyy} impossible.", "contact.birth_date_impossible", birth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (input.AnnualRevenue is < 0)
        {
            errors.Add("annualRevenue", "Le chiffre d'affaires déclaré ne peut pas être négatif.", "contact.revenue_negative");
        }

        if (input.Tags is { } tags && tags.FirstOrDefault(t => string.IsNullOrWhiteSpace(t) || t.Trim().Length > 100) is { } badTag)
        {
            errors.Add("tags", $"Étiquette « {badTag} » vide ou trop longue (100 caractères au plus).", "contact.tag_invalid", badTag);
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

    private static string? Phone(FormErrors errors, string field, string? raw)
    {
        if (Blank(raw) is not { } text)
        {
            return null;
        }

        var result = PhoneNormalizer.Normalize(text);
        if (!result.IsValid)
        {
            errors.Add(field, result.Message ?? $"« {text} » n'est pas un numéro de téléphone valide.", result.Code ?? "phone.invalid", text);
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

    private static void OneOf(FormErrors errors, string field, string? value, string[] allowed, string label)
    {
        if (Blank(value) is { } text && !allowed.Contains(text))
        {
            errors.Add(field, $"{label} « {text} » inconnu(e) : {string.Join(", ", allowed)}.", "value.unknown", text, string.Join(", ", allowed));
        }
    }

    private static void CheckLength(FormErrors errors, string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max && !errors.Has(field))
        {
            var length = value.Trim().Length;
            errors.Add(field, $"{max} caractères au plus ({length} reçus).", "text.too_long", Number(max), Number(length));
        }
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
