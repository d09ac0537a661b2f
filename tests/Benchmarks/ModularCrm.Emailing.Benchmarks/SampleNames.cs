namespace ModularCrm.Emailing.Benchmarks;

/// <summary>Deterministic French names for generated contacts.</summary>
internal static class SampleNames
{
    private static readonly string[] Firsts = ["Marie", "Jean", "Élodie", "Lucas", "Chloé", "Hugo", "Léa", "Louis", "Manon", "Gabriel", "Inès", "Théo"];
    private static readonly string[] Lasts = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre"];

    public static string First(int i) => Firsts[i % Firsts.Length];

    public static string Last(int i) => Lasts[i / Firsts.Length % Lasts.Length];
}
