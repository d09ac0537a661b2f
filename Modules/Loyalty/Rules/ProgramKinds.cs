namespace ModularCrm.Modules.Loyalty.Rules;

/// <summary>The three kinds of program small shops run, as stored and as written in the API.</summary>
internal static class ProgramKinds
{
    /// <summary>N points per euro spent; every threshold points become a reward.</summary>
    public const string Points = "points";

    /// <summary>Euros spent are added up over the period; every threshold euros become a reward.</summary>
    public const string Amount = "amount";

    /// <summary>The stamp card: one stamp a purchase; every threshold-th purchase earns a reward.</summary>
    public const string Stamps = "stamps";

    public static readonly string[] All = [Points, Amount, Stamps];
}
