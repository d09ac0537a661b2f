using System.Globalization;

namespace ModularCrm.Modules.Newsletter.Pages;

/// <summary>
/// The words of the staff pages, one line a key with French and English side by side; French unless the host says the
/// user reads English. An unknown key throws: a typo fails the page tests instead of showing an empty label.
/// </summary>
internal sealed class PageText
{
    private static readonly Dictionary<string, (string Fr, string En)> Words = new(StringComparer.Ordinal)
    {
        ["newsletters"] = ("Lettres d'information", "Newsletters"),
        ["none"] = ("Aucune lettre pour l'instant : créez la première ci-dessous.", "No newsletter yet: create the first one below."),
        ["new_list"] = ("Nouvelle lettre", "New newsletter"),
        ["create_list"] = ("Créer la lettre", "Create the newsletter"),
        ["slug"] = ("Identifiant (dans les adresses, définitif)", "Identifier (in addresses, final)"),
        ["name"] = ("Nom", "Name"),
        ["description"] = ("Description", "Description"),
        ["topic"] = ("Sujet de désabonnement", "Unsubscribe topic"),
        ["save"] = ("Enregistrer", "Save"),
        ["saved"] = ("Enregistré.", "Saved."),
        ["refused"] = ("Rien n'a été enregistré : corrigez les champs signalés.", "Nothing was saved: fix the fields shown."),
        ["subscribers"] = ("Abonnés", "Subscribers"),
        ["issues"] = ("Numéros", "Issues"),
        ["public_form"] = ("Page d'inscription publique", "Public sign-up page"),
        ["archive"] = ("Archives publiques", "Public archive"),
        ["embed"] = ("Formulaire à coller dans votre site (HTML, sans script)", "Form to paste into your site (HTML, no script)"),
        ["not_found"] = ("Introuvable dans cette boutique.", "Not found in this shop."),
        ["email"] = ("Adresse e-mail", "E-mail address"),
        ["person"] = ("Nom", "Name"),
        ["status"] = ("État", "Status"),
        ["requested"] = ("Demandé le", "Requested on"),
        ["confirmed_on"] = ("Confirmé le", "Confirmed on"),
        ["unsubscribed_on"] = ("Désabonné le", "Unsubscribed on"),
        ["source"] = ("Source", "Source"),
        ["source_form"] = ("Formulaire (double opt-in)", "Form (double opt-in)"),
        ["all"] = ("Tous", "All"),
        ["filter"] = ("Filtrer", "Filter"),
        ["export"] = ("Exporter (CSV pour Excel)", "Export (CSV for Excel)"),
        ["no_subscribers"] = ("Aucun abonné.", "No subscribers."),
        ["pending"] = ("En attente de confirmation", "Awaiting confirmation"),
        ["confirmed"] = ("Confirmé", "Confirmed"),
        ["unsubscribed"] = ("Désabonné", "Unsubscribed"),
        ["new_issue"] = ("Nouveau numéro", "New issue"),
        ["create_issue"] = ("Créer le brouillon", "Create the draft"),
        ["no_issues"] = ("Aucun numéro.", "No issues."),
        ["subject"] = ("Objet", "Subject"),
        ["format"] = ("Format", "Format"),
        ["markdown"] = ("Markdown", "Markdown"),
        ["html"] = ("HTML", "HTML"),
        ["body"] = ("Contenu", "Content"),
        ["personal_hint"] = (
            "Personnalisation : {{ subscriber.civility }}, {{ subscriber.first_name }}, {{ subscriber.last_name }} (vides s'ils sont inconnus).",
            "Personalisation: {{ subscriber.civility }}, {{ subscriber.first_name }}, {{ subscriber.last_name }} (empty when unknown)."),
        ["draft"] = ("Brouillon", "Draft"),
        ["scheduled"] = ("Programmé", "Scheduled"),
        ["sending"] = ("En cours d'envoi", "Sending"),
        ["sent"] = ("Envoyé", "Sent"),
        ["issue"] = ("Numéro", "Issue"),
        ["preview"] = ("Aperçu", "Preview"),
        ["test"] = ("Envoyer un test", "Send a test"),
        ["test_to"] = ("Adresse du test (vide : la vôtre)", "Test address (empty: yours)"),
        ["test_sent"] = ("Test envoyé à", "Test sent to"),
        ["send"] = ("Envoi", "Sending"),
        ["send_at"] = ("Date et heure d'envoi (vide : maintenant, heure de Paris)", "Send date and time (empty: now, Paris time)"),
        ["send_now"] = ("Envoyer ou programmer", "Send or schedule"),
        ["scheduled_for"] = ("Envoi programmé le", "Scheduled for"),
        ["sent_on"] = ("Envoyé le", "Sent on"),
        ["progress"] = ("Progression", "Progress"),
        ["queued"] = ("En file d'attente", "Queued"),
        ["stats"] = ("Statistiques", "Statistics"),
        ["recipients"] = ("Destinataires", "Recipients"),
        ["stat_sent"] = ("Envoyés", "Sent"),
        ["delivered"] = ("Délivrés", "Delivered"),
        ["opens"] = ("Ouvertures (uniques)", "Opens (unique)"),
        ["clicks"] = ("Clics (uniques)", "Clicks (unique)"),
        ["bounces"] = ("Rejets (définitifs + temporaires)", "Bounces (hard + soft)"),
        ["unsubscribes"] = ("Désabonnements", "Unsubscribes"),
        ["failed"] = ("Échecs", "Failed"),
        ["rate"] = ("Taux", "Rate"),
        ["count"] = ("Nombre", "Count"),
        ["refused_by"] = ("Non envoyés", "Not sent"),
        ["links"] = ("Clics par lien", "Clicks per link"),
        ["edit"] = ("Modifier", "Edit"),
        ["bad_date"] = ("n'est pas une date et une heure (AAAA-MM-JJTHH:MM).", "is not a date and time (YYYY-MM-DDTHH:MM)."),
    };

    private readonly bool english;

    private PageText(bool english) => this.english = english;

    public static PageText For(string language) => new(language == "en");

    public CultureInfo Culture => CultureInfo.GetCultureInfo(english ? "en-GB" : "fr-FR");

    public string this[string key] => english ? Words[key].En : Words[key].Fr;

    /// <summary>A subscription's or issue's state in words (the state itself when it has none).</summary>
    public string State(string status) => Words.ContainsKey(status) ? this[status] : status;

    public string Date(DateTimeOffset? value) =>
        value is { } at ? TimeZoneInfo.ConvertTime(at, Paris).ToString("g", Culture) : "—";

    /// <summary>Dates are shown and typed in the shop's time, Paris.</summary>
    public static TimeZoneInfo Paris { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
}
