using System.Globalization;

namespace ModularCrm.Modules.Emailing.Pages;

/// <summary>The words of the staff pages, French by default, English when the host says the user reads English.</summary>
internal sealed record PageText
{
    public static readonly PageText French = new();

    public static readonly PageText English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Campaigns = "E-mail campaigns", NoCampaigns = "No campaigns yet.", Number = "No.", Name = "Name", Status = "Status", Recipients = "Recipients",
        Subject = "Subject", Draft = "draft", Scheduled = "scheduled", Sending = "being queued", Sent = "sent", Progress = "Sending progress",
        Queued = "Waiting", SentCount = "Sent", Failed = "Failed", Refreshing = "Sending in progress: this page refreshes every {0} seconds.",
        Results = "Results", Figure = "Figure", Count = "Count", Rate = "Rate", Delivered = "Delivered", Opens = "Unique opens", Clicks = "Unique clicks",
        Bounces = "Bounces", Unsubscribes = "Unsubscribes", ChartTitle = "Results of campaign “{0}”", ChartDesc = "Bar chart: {0}.",
        RateNote = "Rates: delivered, bounces over sent; opens, clicks and unsubscribes over delivered. Opens are a floor (blocked images count no open).",
        NotFound = "No campaign No. {0} in this shop.", Back = "All campaigns", ScheduledAt = "Scheduled for {0}",
    };

    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("fr-FR");
    public string Campaigns { get; init; } = "Campagnes e-mail";
    public string NoCampaigns { get; init; } = "Aucune campagne pour le moment.";
    public string Number { get; init; } = "N°";
    public string Name { get; init; } = "Nom";
    public string Status { get; init; } = "Statut";
    public string Recipients { get; init; } = "Destinataires";
    public string Subject { get; init; } = "Objet";
    public string Draft { get; init; } = "brouillon";
    public string Scheduled { get; init; } = "programmée";
    public string Sending { get; init; } = "mise en file en cours";
    public string Sent { get; init; } = "envoyée";
    public string Progress { get; init; } = "Avancement de l'envoi";
    public string Queued { get; init; } = "En attente";
    public string SentCount { get; init; } = "Envoyés";
    public string Failed { get; init; } = "En échec";
    public string Refreshing { get; init; } = "Envoi en cours : cette page se met à jour toutes les {0} secondes.";
    public string Results { get; init; } = "Résultats";
    public string Figure { get; init; } = "Indicateur";
    public string Count { get; init; } = "Nombre";
    public string Rate { get; init; } = "Taux";
    public string Delivered { get; init; } = "Délivrés";
    public string Opens { get; init; } = "Ouvertures uniques";
    public string Clicks { get; init; } = "Clics uniques";
    public string Bounces { get; init; } = "Rebonds";
    public string Unsubscribes { get; init; } = "Désabonnements";
    public string ChartTitle { get; init; } = "Résultats de la campagne « {0} »";
    public string ChartDesc { get; init; } = "Histogramme : {0}.";
    public string RateNote { get; init; } = "Taux : délivrés et rebonds sur les envoyés ; ouvertures, clics et désabonnements sur les délivrés. Les ouvertures sont un minimum (images bloquées : pas d'ouverture comptée).";
    public string NotFound { get; init; } = "Aucune campagne n° {0} dans cette boutique.";
    public string Back { get; init; } = "Toutes les campagnes";
    public string ScheduledAt { get; init; } = "Programmée pour le {0}";

    public static PageText For(string language) => language == "en" ? English : French;

    public string StatusName(string status) => status switch
    {
        "draft" => Draft,
        "scheduled" => Scheduled,
        "sending" => Sending,
        "sent" => Sent,
        _ => status,
    };
}
