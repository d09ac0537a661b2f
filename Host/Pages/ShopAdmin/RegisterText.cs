using ModularCrm.Host.Pages.I18n;

namespace ModularCrm.Host.Pages.ShopAdmin;

/// <summary>The words of the processing register page, in French and in English.</summary>
internal sealed class RegisterText
{
    public static readonly RegisterText French = new()
    {
        Title = "Registre des traitements",
        Intro = "Registre des activités de traitement (RGPD, article 30) de {0}, établi à partir des modules activés pour la boutique. Chaque module déclare ses traitements dans son manifeste.",
        Controller = "Responsable du traitement",
        Generated = "Établi le",
        Module = "Module",
        Purpose = "Finalité",
        LegalBasis = "Base légale",
        Subjects = "Personnes concernées",
        Categories = "Catégories de données",
        Recipients = "Destinataires",
        Retention = "Durée de conservation",
        Empty = "Aucun module activé ne déclare de traitement de données personnelles.",
        Declared = "Les descriptions sont celles que chaque module déclare, dans sa langue.",
        LegalBases = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["consent"] = "Consentement",
            ["contract"] = "Exécution d'un contrat",
            ["legal-obligation"] = "Obligation légale",
            ["vital-interests"] = "Intérêts vitaux",
            ["public-task"] = "Mission d'intérêt public",
            ["legitimate-interests"] = "Intérêt légitime",
        },
    };

    public static readonly RegisterText English = new()
    {
        Title = "Record of processing activities",
        Intro = "Record of processing activities (GDPR, article 30) of {0}, built from the modules enabled for the shop. Each module declares its processing in its manifest.",
        Controller = "Controller",
        Generated = "Drawn up on",
        Module = "Module",
        Purpose = "Purpose",
        LegalBasis = "Legal basis",
        Subjects = "Data subjects",
        Categories = "Categories of data",
        Recipients = "Recipients",
        Retention = "Retention period",
        Empty = "No enabled module declares any processing of personal data.",
        Declared = "Descriptions are as each module declares them, in its own language.",
        LegalBases = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["consent"] = "Consent",
            ["contract"] = "Performance of a contract",
            ["legal-obligation"] = "Legal obligation",
            ["vital-interests"] = "Vital interests",
            ["public-task"] = "Public task",
            ["legitimate-interests"] = "Legitimate interests",
        },
    };

    public required string Title { get; init; }

    /// <summary>Format: {0} is the shop's name.</summary>
    public required string Intro { get; init; }

    public required string Controller { get; init; }

    public required string Generated { get; init; }

    public required string Module { get; init; }

    public required string Purpose { get; init; }

    public required string LegalBasis { get; init; }

    public required string Subjects { get; init; }

    public required string Categories { get; init; }

    public required string Recipients { get; init; }

    public required string Retention { get; init; }

    public required string Empty { get; init; }

    public required string Declared { get; init; }

    /// <summary>The GDPR art. 6 bases by the code manifests use.</summary>
    public required IReadOnlyDictionary<string, string> LegalBases { get; init; }

    public static RegisterText For(string language) => language == UiLanguage.English ? English : French;
}
