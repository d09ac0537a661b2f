using System.Globalization;
using ModularCrm.Modules.Sms.Settings;

namespace ModularCrm.Modules.Sms.Pages;

/// <summary>The settings form as posted: text until <see cref="ToInput"/>, which reads French or dotted numbers.</summary>
internal sealed record SettingsForm
{
    public string? Provider { get; init; }

    public string? Endpoint { get; init; }

    public string? Login { get; init; }

    /// <summary>Write-only: never filled in by the page; empty keeps the stored password.</summary>
    public string? Password { get; init; }

    public string? Sender { get; init; }

    public string? TimeZone { get; init; }

    public string? PricePerSms { get; init; }

    public string? StopMention { get; init; }

    public string? RatePerMinute { get; init; }

    public static SettingsForm From(SettingsView s) => new()
    {
        Provider = s.Provider, Endpoint = s.Endpoint, Login = s.Login, Sender = s.Sender, TimeZone = s.TimeZone,
        PricePerSms = s.PricePerSms.ToString("0.####", CultureInfo.GetCultureInfo("fr-FR")), StopMention = s.StopMention,
        RatePerMinute = s.RatePerMinute?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The API's input; numbers that do not read are reported in <paramref name="errors"/>.</summary>
    public SettingsInput ToInput(Dictionary<string, string[]> errors)
    {
        decimal? price = null;
        if (SettingsValidator.Blank(PricePerSms) is { } p)
        {
            if (decimal.TryParse(p.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var read))
            {
                price = read;
            }
            else
            {
                errors["pricePerSms"] = [$"Prix « {p} » illisible : un nombre d'euros, par exemple 0,05."];
            }
        }

        int? rate = null;
        if (SettingsValidator.Blank(RatePerMinute) is { } r)
        {
            if (int.TryParse(r, NumberStyles.Integer, CultureInfo.InvariantCulture, out var read))
            {
                rate = read;
            }
            else
            {
                errors["ratePerMinute"] = [$"Débit « {r} » illisible : un nombre entier de SMS par minute."];
            }
        }

        return new SettingsInput(Provider, Endpoint, Login, Password, Sender, TimeZone, price, StopMention, rate);
    }
}
