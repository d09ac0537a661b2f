using System.Net.Mail;
using ModularCrm.Modules.Contacts.Data;

namespace ModularCrm.Modules.Contacts.Api;

/// <summary>Checks a <see cref="ContactInput"/> field by field, with reasons staff can act on.</summary>
internal static class ContactValidator
{
    private static readonly string[] Lifecycles = ["prospect", "customer", "former"];
    private static readonly string[] Civilities = ["M.", "Mme", "Mx"];

    public static Dictionary<string, string[]> Validate(ContactInput input)
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

        if (input.Civility is { Length: > 0 } civility && !Civilities.Contains(civility))
        {
            errors["civility"] = [$"Civilité « {civility} » inconnue : M., Mme ou Mx."];
        }

        if (input.Lifecycle is { Length: > 0 } lifecycle && !Lifecycles.Contains(lifecycle))
        {
            errors["lifecycle"] = [$"Statut « {lifecycle} » inconnu : prospect, customer ou former."];
        }

        if (input.Email is { Length: > 0 } email && (!MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim()))
        {
            errors["email"] = [$"« {email} » n'est pas une adresse e-mail valide."];
        }

        CheckLength(errors, "firstName", input.FirstName, 100);
        CheckLength(errors, "lastName", input.LastName, 100);
        CheckLength(errors, "companyName", input.CompanyName, 200);
        CheckLength(errors, "email", input.Email, 254);
        CheckLength(errors, "phone", input.Phone, 20);
        CheckLength(errors, "city", input.City, 100);
        CheckLength(errors, "postcode", input.Postcode, 10);
        return errors;
    }

    private static void CheckLength(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max && !errors.ContainsKey(field))
        {
            errors[field] = [$"{max} caractères au plus ({value.Length} reçus)."];
        }
    }
}
