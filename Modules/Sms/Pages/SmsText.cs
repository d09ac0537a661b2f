using System.Globalization;

namespace ModularCrm.Modules.Sms.Pages;

/// <summary>The words of the staff pages, French by default, English when the host says the user reads English.</summary>
internal sealed record SmsText
{
    public static readonly SmsText French = new();

    public static readonly SmsText English = new()
    {
        Culture = CultureInfo.GetCultureInfo("en-GB"),
        Title = "Text messages", PreviewHeading = "Preview", PreviewLine = "Encoding {0} · {1} characters · {2} SMS · estimated cost {3} per recipient",
        MessageHeading = "Text to a contact", ContactNumber = "Contact number", Text = "Text", Promotional = "Promotional (consent, sending hours, STOP mention)",
        Preview = "Preview", Send = "Send", CampaignHeading = "New campaign", Name = "Name", Segment = "Contacts segment number", TemplateText = "Text (template: {0}, {1})",
        SendCampaign = "Send the campaign", Campaigns = "Campaigns", Number = "No.", Status = "Status", Recipients = "Recipients", DueAt = "Sending from",
        Draft = "draft", Sending = "sending", Sent = "sent", Queued = "Text no. {0} queued, sending from {1}.", CampaignQueued = "Campaign no. {0}: {1} texts queued.",
        Lawful = "{0} lawful recipient(s) out of {1}", SegmentMissing = "segment not found", SettingsLink = "Settings",
        SettingsTitle = "Text message settings", Provider = "Provider", FileProvider = "Folder (no operator: texts are written to files)",
        HttpProvider = "Operator's HTTP gateway", Endpoint = "Gateway address", Login = "Login", Password = "Password (leave empty to keep the stored one)",
        PasswordSet = "A password is stored.", PasswordUnset = "No password stored.", Sender = "Sender (name or number)", TimeZone = "Time zone",
        Price = "Price per SMS (€)", StopMention = "Opt-out mention", Rate = "Texts per minute (empty: {0})", CallbackUrl = "Callback address to give the operator",
        CallbackSecret = "Callback signing secret", Save = "Save", Saved = "Settings saved.", NotSaved = "The settings were not saved: correct the fields listed.",
    };

    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("fr-FR");
    public string Title { get; init; } = "SMS";
    public string PreviewHeading { get; init; } = "Aperçu";
    public string PreviewLine { get; init; } = "Encodage {0} · {1} caractères · {2} SMS · coût estimé {3} par destinataire";
    public string MessageHeading { get; init; } = "SMS à un contact";
    public string ContactNumber { get; init; } = "N° du contact";
    public string Text { get; init; } = "Texte";
    public string Promotional { get; init; } = "Promotionnel (consentement, plages horaires, mention STOP)";
    public string Preview { get; init; } = "Aperçu";
    public string Send { get; init; } = "Envoyer";
    public string CampaignHeading { get; init; } = "Nouvelle campagne";
    public string Name { get; init; } = "Nom";
    public string Segment { get; init; } = "N° du segment de contacts";
    public string TemplateText { get; init; } = "Texte (modèle : {0}, {1})";
    public string SendCampaign { get; init; } = "Envoyer la campagne";
    public string Campaigns { get; init; } = "Campagnes";
    public string Number { get; init; } = "N°";
    public string Status { get; init; } = "Statut";
    public string Recipients { get; init; } = "Destinataires";
    public string DueAt { get; init; } = "Envoi à partir de";
    public string Draft { get; init; } = "brouillon";
    public string Sending { get; init; } = "en cours";
    public string Sent { get; init; } = "envoyée";
    public string Queued { get; init; } = "SMS n° {0} en file d'attente, envoi à partir du {1}.";
    public string CampaignQueued { get; init; } = "Campagne n° {0} : {1} SMS en file d'attente.";
    public string Lawful { get; init; } = "{0} destinataire(s) autorisé(s) sur {1}";
    public string SegmentMissing { get; init; } = "segment introuvable";
    public string SettingsLink { get; init; } = "Réglages";
    public string SettingsTitle { get; init; } = "Réglages SMS";
    public string Provider { get; init; } = "Fournisseur";
    public string FileProvider { get; init; } = "Dossier (sans opérateur : les SMS sont écrits dans des fichiers)";
    public string HttpProvider { get; init; } = "Passerelle HTTP de l'opérateur";
    public string Endpoint { get; init; } = "Adresse de la passerelle";
    public string Login { get; init; } = "Identifiant";
    public string Password { get; init; } = "Mot de passe (laisser vide pour garder celui enregistré)";
    public string PasswordSet { get; init; } = "Un mot de passe est enregistré.";
    public string PasswordUnset { get; init; } = "Aucun mot de passe enregistré.";
    public string Sender { get; init; } = "Expéditeur (nom ou numéro)";
    public string TimeZone { get; init; } = "Fuseau horaire";
    public string Price { get; init; } = "Prix par SMS (€)";
    public string StopMention { get; init; } = "Mention de désinscription";
    public string Rate { get; init; } = "SMS par minute (vide : {0})";
    public string CallbackUrl { get; init; } = "Adresse de rappel à donner à l'opérateur";
    public string CallbackSecret { get; init; } = "Secret de signature des rappels";
    public string Save { get; init; } = "Enregistrer";
    public string Saved { get; init; } = "Réglages enregistrés.";
    public string NotSaved { get; init; } = "Les réglages n'ont pas été enregistrés : corrigez les champs signalés.";

    public static SmsText For(string language) => language == "en" ? English : French;

    public string StatusName(string status) => status switch
    {
        "draft" => Draft,
        "sending" => Sending,
        "sent" => Sent,
        _ => status,
    };

    public string Format(string pattern, params object?[] values) => string.Format(Culture, pattern, values);
}
