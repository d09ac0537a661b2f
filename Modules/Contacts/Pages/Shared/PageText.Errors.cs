namespace ModularCrm.Modules.Contacts.Pages.Shared;

/// <summary>
/// The API's coded errors in English, by code (<see cref="ModularCrm.Sdk.Web.FieldError.Code"/>), for English pages.
/// French pages show the API's own messages, which are French.
/// </summary>
internal sealed partial class PageText
{
    private static readonly Dictionary<string, string> EnglishErrors = new(StringComparer.Ordinal)
    {
        ["contact.kind_unknown"] = "“{0}” is not a kind of contact: person or company.",
        ["contact.last_name_required"] = "A person needs a last name.",
        ["contact.company_name_required"] = "A company needs a company name.",
        ["contact.company_in_company"] = "A company cannot belong to another company.",
        ["contact.own_company"] = "A contact cannot belong to itself.",
        ["contact.company_unknown"] = "No company no. {0} in this shop.",
        ["contact.postcode_invalid"] = "“{0}” is not a French postcode (5 digits).",
        ["contact.siren_invalid"] = "“{0}” is not a SIREN: 9 digits with a valid Luhn check digit.",
        ["contact.birth_date_impossible"] = "Birth date {0} is impossible.",
        ["contact.revenue_negative"] = "The declared revenue cannot be negative.",
        ["contact.tag_invalid"] = "Tag “{0}” is empty or too long (100 characters at most).",
        ["value.unknown"] = "Unknown value “{0}”: {1}.",
        ["text.too_long"] = "{0} characters at most ({1} given).",
        ["email.empty"] = "The e-mail address is empty.",
        ["email.missing_at"] = "“{0}” has no @: an e-mail address looks like name@domain.fr.",
        ["email.multiple_at"] = "“{0}” has more than one @.",
        ["email.empty_local_part"] = "“{0}” has nothing before the @.",
        ["email.invalid_local_part"] = "“{0}”: the part before the @ has a forbidden character or a misplaced dot.",
        ["email.empty_domain"] = "“{0}” has nothing after the @.",
        ["email.invalid_domain"] = "“{0}”: the domain after the @ is not valid.",
        ["email.missing_tld"] = "“{0}”: the domain has no extension (.fr, .com…).",
        ["email.invalid_tld"] = "“{0}”: the domain's extension is not valid.",
        ["email.tld_typo"] = "“{0}”: the extension looks mistyped; did you mean {1}?",
        ["email.too_long"] = "“{0}” is too long for an e-mail address.",
        ["email.invalid"] = "“{0}” is not a valid e-mail address.",
        ["email.suggestion"] = "“{0}” looks like a typo: did you mean {1}? Correct it, or type the address again as it is.",
        ["phone.empty"] = "The phone number is empty.",
        ["phone.invalid_characters"] = "“{0}” has characters that have no place in a phone number.",
        ["phone.too_short"] = "“{0}” is too short for a phone number.",
        ["phone.too_long"] = "“{0}” is too long for a phone number.",
        ["phone.invalid_prefix"] = "“{0}” does not start like a phone number (a French number starts with 0 and a known prefix).",
        ["phone.invalid"] = "“{0}” is not a valid phone number.",
    };
}
