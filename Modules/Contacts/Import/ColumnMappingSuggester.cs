using ModularCrm.Modules.Contacts.Quality;

namespace ModularCrm.Modules.Contacts.Import;

/// <summary>
/// Proposes a mapping from the headers French shops' tools actually write ("N° client", "Nom Client",
/// "Prénom", "Hôte", "CA annuel", "E-mail", "Tél"...). Headers are folded (case, accents, punctuation)
/// and matched exactly against known spellings first, then by telling words; a field is given to the
/// first column that claims it.
/// </summary>
public static class ColumnMappingSuggester
{
    private static readonly Dictionary<string, ContactField> Exact = BuildExact();

    // Tried in order on headers no exact spelling matched: the more specific words come first
    // ("nom ambassadeur" before "nom", "telephone portable" before "telephone").
    private static readonly (Func<string[], bool> Matches, ContactField Field)[] WordRules =
    [
        (w => w.Any(x => x.StartsWith("ambassad", StringComparison.Ordinal)), ContactField.AmbassadorName),
        (w => w.Any(x => x is "mail" or "email" or "courriel" or "mel"), ContactField.Email),
        (w => w.Any(x => x is "portable" or "mobile" or "gsm" or "cellulaire"), ContactField.Mobile),
        (w => w.Any(x => x is "tel" or "telephone" or "phone" or "fixe"), ContactField.Phone),
        (w => w.Contains("prenom"), ContactField.FirstName),
        (w => w.Contains("postal") || (w.Contains("code") && w.Contains("postale")), ContactField.PostalCode),
        (w => w.Contains("naissance"), ContactField.BirthDate),
        (w => w.Any(x => x.StartsWith("civilit", StringComparison.Ordinal)), ContactField.Civility),
        (w => w.Any(x => x is "hote" or "hotesse"), ContactField.IsHost),
        (w => w.Contains("ca") || (w.Contains("chiffre") && w.Contains("affaires")), ContactField.AnnualRevenue),
        (w => w.Any(x => x is "societe" or "entreprise" or "enseigne" or "boutique"), ContactField.Company),
        (w => w.Any(x => x.StartsWith("commentaire", StringComparison.Ordinal) || x.StartsWith("remarque", StringComparison.Ordinal) || x.StartsWith("interet", StringComparison.Ordinal)), ContactField.Remarks),
        (w => w.Any(x => x is "ville" or "commune" or "localite"), ContactField.City),
        (w => w.Contains("adresse"), ContactField.Address),
        (w => w.Contains("client") && w.Any(x => x is "n" or "no" or "num" or "numero" or "code" or "ref" or "reference" or "id"), ContactField.ExternalId),
        (w => w.Contains("nom"), ContactField.LastName),
    ];

    /// <summary>Suggests a mapping for <paramref name="headers"/>; unknown columns are left unmapped.</summary>
    public static ColumnMapping Suggest(IReadOnlyList<string> headers)
    {
        var taken = new HashSet<ContactField>();
        var columns = new List<ColumnAssignment>(headers.Count);
        for (var i = 0; i < headers.Count; i++)
        {
            var field = Guess(headers[i]);
            if (field is { } f && !taken.Add(f))
            {
                field = null;
            }

            columns.Add(new ColumnAssignment(i, headers[i], field));
        }

        return new ColumnMapping(columns);
    }

    /// <summary>The field a single header most likely means, or null.</summary>
    public static ContactField? Guess(string header)
    {
        var folded = NameFolder.Fold(header);
        if (folded.Length == 0)
        {
            return null;
        }

        if (Exact.TryGetValue(folded, out var exact))
        {
            return exact;
        }

        var words = folded.Split(' ');
        foreach (var (matches, field) in WordRules)
        {
            if (matches(words))
            {
                return field;
            }
        }

        return null;
    }

    private static Dictionary<string, ContactField> BuildExact()
    {
        var spellings = new (ContactField Field, string[] Headers)[]
        {
            (ContactField.ExternalId, ["n client", "no client", "num client", "numero client", "numero de client", "code client", "id client", "ref client", "reference client", "identifiant", "id", "n", "no", "numero", "ref", "reference", "n adherent", "numero adherent"]),
            (ContactField.Civility, ["civilite", "civ", "titre"]),
            (ContactField.LastName, ["nom", "nom client", "nom du client", "nom de famille", "nom contact", "last name", "lastname", "surname"]),
            (ContactField.FirstName, ["prenom", "prenom client", "prenom du client", "prenom contact", "first name", "firstname"]),
            (ContactField.Company, ["entreprise", "societe", "raison sociale", "nom entreprise", "nom de l entreprise", "nom societe", "company", "enseigne", "boutique", "organisation"]),
            (ContactField.Email, ["email", "e mail", "courriel", "mail", "mel", "adresse email", "adresse e mail", "adresse mail", "adresse courriel"]),
            (ContactField.Phone, ["telephone", "tel", "tel fixe", "telephone fixe", "fixe", "phone", "numero de telephone", "n telephone", "tel domicile"]),
            (ContactField.Mobile, ["portable", "mobile", "tel portable", "telephone portable", "tel mobile", "telephone mobile", "gsm", "cellulaire"]),
            (ContactField.Address, ["adresse", "adresse postale", "rue", "adresse 1", "adresse1", "voie"]),
            (ContactField.PostalCode, ["code postal", "cp", "code postale", "zip", "postcode"]),
            (ContactField.City, ["ville", "commune", "localite", "city"]),
            (ContactField.BirthDate, ["date de naissance", "naissance", "date naissance", "ne le", "nee le", "ne e le", "anniversaire"]),
            (ContactField.IsHost, ["hote", "hotesse", "hote hotesse", "est hote"]),
            (ContactField.AmbassadorName, ["nom ambassadeur", "ambassadeur", "ambassadrice", "nom ambassadrice", "conseiller", "conseillere", "vendeur", "vendeuse"]),
            (ContactField.AnnualRevenue, ["ca annuel", "ca", "ca ttc", "ca ht", "ca annuel ttc", "ca annuel ht", "chiffre d affaires", "chiffre d affaires annuel"]),
            (ContactField.Remarks, ["commentaires et interets", "commentaires", "commentaire", "remarques", "remarque", "interets", "centres d interet", "notes", "note", "observations"]),
        };
        return spellings
            .SelectMany(s => s.Headers.Select(h => (Header: h, s.Field)))
            .ToDictionary(x => x.Header, x => x.Field, StringComparer.Ordinal);
    }
}
