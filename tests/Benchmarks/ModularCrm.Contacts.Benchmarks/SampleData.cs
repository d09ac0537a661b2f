namespace ModularCrm.Contacts.Benchmarks;

/// <summary>Deterministic, realistic French customer values, with a sprinkling of the mistakes real files have.</summary>
internal sealed class SampleData(int seed)
{
    private static readonly string[] LastNames = ["REVEL", "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent"];
    private static readonly string[] FirstNames = ["Marie-Paule", "Amélie", "Jérôme", "Hélène", "Léa", "Chloé", "Michel", "Pedro", "Nadia", "Rémy", "Élodie", "François", "Anaïs", "Zoé", "Noël"];
    private static readonly string[] Domains = ["gmail.com", "yahoo.fr", "orange.fr", "free.fr", "hotmail.fr", "laposte.net", "sfr.fr", "outlook.fr", "wanadoo.fr", "boutique-exemple.fr"];
    private static readonly string[] BadDomains = ["orange.frr", "gmial.com", "yahho.fr", "hotmial.com"];
    private static readonly string[] Cities = ["Lyon", "Marseille", "Paris", "Bron", "St Priest", "Villeurbanne", "Grenoble", "Bourg-en-Bresse"];
    private readonly Random random = new(seed);

    public string LastName() => Pick(LastNames);

    public string FirstName() => Pick(FirstNames);

    public string City() => Pick(Cities);

    public string Email(string first, string last, int id)
    {
        var domain = random.Next(100) == 0 ? Pick(BadDomains) : Pick(Domains);
        var local = $"{Ascii(first)}.{Ascii(last)}{id}";
        return random.Next(200) == 0 ? local + domain : $"{local}@{domain}";
    }

    public string Phone()
    {
        var prefix = random.Next(3) switch { 0 => "06", 1 => "07", _ => "04" };
        var digits = $"{prefix}{random.Next(0, 100_000_000):D8}";
        var spaced = string.Join(random.Next(2) == 0 ? " " : ".", Enumerable.Range(0, 5).Select(i => digits.Substring(2 * i, 2)));
        return random.Next(100) == 0 ? spaced[..^1] : spaced;
    }

    public string PostalCode() => $"{random.Next(1, 96):D2}{random.Next(0, 1000):D3}";

    public string BirthDate() => new DateOnly(1940 + random.Next(65), 1 + random.Next(12), 1 + random.Next(28)).ToString("dd/MM/yyyy");

    public string Host() => random.Next(2) == 0 ? "Oui" : "Non";

    public string Revenue()
    {
        var euros = random.Next(0, 5000);
        return random.Next(4) == 0 ? $"{euros / 1000} {euros % 1000:D3},{random.Next(100):D2}".TrimStart('0', ' ') : $"{euros:N0}".Replace(',', ' ');
    }

    private string Pick(string[] values) => values[random.Next(values.Length)];

    private static string Ascii(string name) => ModularCrm.Modules.Contacts.Quality.NameFolder.Compact(name);
}
