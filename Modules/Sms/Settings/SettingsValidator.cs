using ModularCrm.Modules.Sms.Rules;

namespace ModularCrm.Modules.Sms.Settings;

/// <summary>Checks a <see cref="SettingsInput"/> for the API and the settings page alike: the settings to save, or the errors by field.</summary>
internal static class SettingsValidator
{
    public static (SmsSettings? Settings, Dictionary<string, string[]> Errors) Validate(SettingsInput input, SmsSettings current)
    {
        var errors = new Dictionary<string, string[]>();
        var provider = (Blank(input.Provider) ?? SmsProviders.File).ToLowerInvariant();
        if (provider is not (SmsProviders.File or SmsProviders.Http))
        {
            errors["provider"] = [$"Fournisseur « {input.Provider} » inconnu : « file » (dossier) ou « http » (passerelle de l'opérateur)."];
        }

        var endpoint = Blank(input.Endpoint);
        if (provider == SmsProviders.Http && (endpoint is null || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || endpoint.Length > 500))
        {
            errors["endpoint"] = ["Adresse de la passerelle obligatoire avec le fournisseur « http » : une URL http(s) absolue, 500 caractères au plus."];
        }
        else if (endpoint is not null && Uri.TryCreate(endpoint, UriKind.Absolute, out var withUser) && withUser.UserInfo.Length > 0)
        {
            // An address carrying credentials would be shown back and could reach logs: they go in the login and password fields.
            errors["endpoint"] = ["L'adresse de la passerelle ne contient pas d'identifiants : saisissez-les dans « identifiant » et « mot de passe »."];
        }

        if (Blank(input.Sender) is { } sender && SenderRule.Check(sender) is { } senderError)
        {
            errors["sender"] = [senderError];
        }

        var zone = Blank(input.TimeZone) ?? SmsSettings.DefaultTimeZone;
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            errors["timeZone"] = [$"Fuseau horaire « {zone} » inconnu (exemple : Europe/Paris, America/Martinique)."];
        }

        if (input.PricePerSms is < 0 or > 10)
        {
            errors["pricePerSms"] = ["Prix par SMS entre 0 et 10 €."];
        }

        var mention = Blank(input.StopMention) ?? OptOutMention.Default;
        if (mention.Length > 60 || !mention.Contains("STOP", StringComparison.Ordinal))
        {
            errors["stopMention"] = ["La mention de désinscription contient « STOP » (exemple : STOP au 36180), 60 caractères au plus."];
        }

        if (Blank(input.Login) is { Length: > 200 } || input.Password is { Length: > 500 })
        {
            errors["login"] = ["Identifiant (200 caractères) ou mot de passe (500) trop long."];
        }

        if (input.RatePerMinute is < 1 or > 10_000)
        {
            errors["ratePerMinute"] = ["Débit entre 1 et 10 000 SMS par minute, ou vide pour la valeur par défaut."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new SmsSettings
        {
            Provider = provider, Endpoint = endpoint, Login = Blank(input.Login), Password = string.IsNullOrEmpty(input.Password) ? current.Password : input.Password,
            Sender = Blank(input.Sender), TimeZone = zone, PricePerSms = input.PricePerSms ?? current.PricePerSms, StopMention = mention,
            RatePerMinute = input.RatePerMinute, CallbackSecret = current.CallbackSecret,
        }, errors);
    }

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
