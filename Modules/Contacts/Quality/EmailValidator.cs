namespace ModularCrm.Modules.Contacts.Quality;

/// <summary>
/// Checks e-mail addresses the way shop staff type them: practical syntax (no quoted local parts, no IP
/// literals, ASCII only), extension sanity, and typo advice for the common French providers.
/// </summary>
public sealed class EmailValidator
{
    private const string Prefix = "adresse e-mail : ";
    private readonly EmailDomainSuggester suggester;

    /// <summary>Creates a validator suggesting among <paramref name="knownDomains"/> (for example
    /// <see cref="KnownEmailDomains.French"/> plus the shop's own regulars).</summary>
    public EmailValidator(IEnumerable<string> knownDomains) => suggester = new EmailDomainSuggester(knownDomains);

    /// <summary>A validator using <see cref="KnownEmailDomains.French"/>.</summary>
    public static EmailValidator Default { get; } = new(KnownEmailDomains.French);

    /// <summary>Checks one address; never throws.</summary>
    public EmailCheck Check(string? input)
    {
        var raw = input ?? string.Empty;
        var text = raw.Trim();
        if (text.Length == 0)
        {
            return Fail(raw, EmailProblem.Empty, "adresse e-mail vide");
        }

        var at = text.IndexOf('@');
        if (at < 0)
        {
            return Fail(raw, EmailProblem.MissingAt, Prefix + "il manque le « @ »");
        }

        if (text.IndexOf('@', at + 1) >= 0)
        {
            return Fail(raw, EmailProblem.MultipleAt, Prefix + "il y a plusieurs « @ »");
        }

        var local = text[..at];
        var domain = text[(at + 1)..].ToLowerInvariant();
        if (local.Length == 0)
        {
            return Fail(raw, EmailProblem.EmptyLocalPart, Prefix + "rien avant le « @ »");
        }

        if (domain.Length == 0)
        {
            return Fail(raw, EmailProblem.EmptyDomain, Prefix + "rien après le « @ »");
        }

        if (text.Length > 254 || local.Length > 64)
        {
            return Fail(raw, EmailProblem.TooLong, Prefix + "trop longue");
        }

        return CheckLocalPart(raw, local) ?? CheckDomain(raw, local, domain);
    }

    private static EmailCheck? CheckLocalPart(string raw, string local)
    {
        foreach (var c in local)
        {
            if (!IsLocalChar(c))
            {
                return Fail(raw, EmailProblem.InvalidLocalPart, Prefix + $"caractère {Describe(c)} interdit avant le « @ »");
            }
        }

        if (local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return Fail(raw, EmailProblem.InvalidLocalPart, Prefix + "point mal placé avant le « @ »");
        }

        return null;
    }

    private EmailCheck CheckDomain(string raw, string local, string domain)
    {
        foreach (var c in domain)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
            {
                return Fail(raw, EmailProblem.InvalidDomain, Prefix + $"caractère {Describe(c)} interdit après le « @ »");
            }
        }

        var labels = domain.Split('.');
        if (labels.Length == 1)
        {
            return Fail(raw, EmailProblem.MissingTld, Prefix + "il manque l'extension (.fr, .com…)", local, domain);
        }

        foreach (var label in labels)
        {
            if (label.Length == 0 || label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return Fail(raw, EmailProblem.InvalidDomain, Prefix + $"nom de domaine « {domain} » mal formé", local, domain);
            }
        }

        var tld = labels[^1];
        if (tld.Length < 2 || !tld.All(char.IsAsciiLetter))
        {
            return Fail(raw, EmailProblem.InvalidTld, Prefix + $"extension « .{tld} » invalide", local, domain);
        }

        var suggestion = suggester.Suggest(domain) is { } d ? $"{local}@{d}" : null;
        if (!KnownTopLevelDomains.IsKnown(tld) && KnownTopLevelDomains.Common.FirstOrDefault(t => EditDistance.Between(tld, t) == 1) is { } meant)
        {
            suggestion ??= $"{local}@{domain[..^tld.Length]}{meant}";
            return new EmailCheck(raw, EmailProblem.TldTypo, null, suggestion,
                Prefix + $"extension « .{tld} » inconnue, vouliez-vous dire « {suggestion} » ?");
        }

        var normalized = $"{local}@{domain}";
        return suggestion is null
            ? new EmailCheck(raw, EmailProblem.None, normalized, null, null)
            : new EmailCheck(raw, EmailProblem.None, normalized, suggestion,
                Prefix + $"domaine « {domain} » inhabituel, vouliez-vous dire « {suggestion} » ?");
    }

    private EmailCheck Fail(string raw, EmailProblem problem, string message, string local, string domain)
    {
        var suggestion = suggester.Suggest(domain) is { } d ? $"{local}@{d}" : null;
        return new EmailCheck(raw, problem, null, suggestion,
            suggestion is null ? message : $"{message}, vouliez-vous dire « {suggestion} » ?");
    }

    private static EmailCheck Fail(string raw, EmailProblem problem, string message) => new(raw, problem, null, null, message);

    // RFC 5322 atext plus dot; accented letters are refused because most mail servers still reject them.
    private static bool IsLocalChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-'
            or '/' or '=' or '?' or '^' or '_' or '`' or '{' or '|' or '}' or '~';

    private static string Describe(char c) => char.IsWhiteSpace(c) ? "espace" : $"« {c} »";
}
