using System.Text;

namespace ModularCrm.Contacts.Benchmarks;

/// <summary>Writes a large customer CSV row by row (never held in memory), shaped like the shops' exports.</summary>
internal static class CsvFileGenerator
{
    public const string Header = "N° client;Civilité;Nom;Prénom;E-mail;Téléphone;Code postal;Ville;Date de naissance;Hôte;Nom Ambassadeur;CA annuel;Commentaires et intérêts";

    public static void Write(string path, int rows)
    {
        var data = new SampleData(42);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(true), 1 << 16) { NewLine = "\r\n" };
        writer.WriteLine(Header);
        for (var id = 1; id <= rows; id++)
        {
            var last = data.LastName();
            var first = data.FirstName();
            writer.Write(id);
            writer.Write(id % 2 == 0 ? ";Mme;" : ";M.;");
            writer.Write(last);
            writer.Write(';');
            writer.Write(first);
            writer.Write(';');
            writer.Write(data.Email(first, last, id));
            writer.Write(';');
            writer.Write(data.Phone());
            writer.Write(';');
            writer.Write(data.PostalCode());
            writer.Write(';');
            writer.Write(data.City());
            writer.Write(';');
            writer.Write(data.BirthDate());
            writer.Write(';');
            writer.Write(data.Host());
            writer.Write(id % 3 == 0 ? ";Maryse Brun;" : ";Remy Albando;");
            writer.Write(data.Revenue());
            writer.WriteLine(id % 10 == 0 ? ";\"Vêtements; sacs\"" : ";");
        }
    }
}
