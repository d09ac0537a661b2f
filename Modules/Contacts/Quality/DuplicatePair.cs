namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>Two contacts that are probably the same person.</summary>
/// <param name="FirstId">The id of the contact met first in the input.</param>
/// <param name="SecondId">The id of the contact met later.</param>
/// <param name="Reasons">Every reason that links them.</param>
public sealed record DuplicatePair(string FirstId, string SecondId, DuplicateReasons Reasons)
{
    /// <summary>The reasons in French for shop staff ("même e-mail, même téléphone").</summary>
    public string Description => string.Join(", ", Parts());

    private IEnumerable<string> Parts()
    {
        if (Reasons.HasFlag(DuplicateReasons.SameEmail))
        {
            yield return "même e-mail";
        }

        if (Reasons.HasFlag(DuplicateReasons.SamePhone))
        {
            yield return "même téléphone";
        }

        if (Reasons.HasFlag(DuplicateReasons.SameNameAndPostcode))
        {
            yield return "même nom et même code postal";
        }
    }
}
