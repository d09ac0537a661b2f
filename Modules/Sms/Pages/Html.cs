using System.Globalization;
using System.Net;
using ModularCrm.Modules.Sms.Campaigns;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sms.Pages;

/// <summary>The page's HTML fragments; every value is encoded here, so callers pass plain text.</summary>
internal static class Html
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string E(object? value) => WebUtility.HtmlEncode(Convert.ToString(value, French) ?? string.Empty);

    public static string Errors(Dictionary<string, string[]> errors) =>
        errors.Count == 0 ? string.Empty : $"<div class=\"errors\" role=\"alert\"><ul>{string.Concat(errors.Select(e => $"<li>{E(e.Key)} : {E(string.Join(" ", e.Value))}</li>"))}</ul></div>";

    public static string Preview(PreviewView p) =>
        $"""
        <section class="sms-preview"><h3>Aperçu</h3><pre>{E(p.Text)}</pre>
        <p>Encodage {E(p.Encoding)} · {p.Characters} caractères · {p.Segments} SMS · coût estimé {E(p.CostPerMessage.ToString("C", French))} par destinataire</p></section>
        """;

    public static string Hidden(AntiforgeryField field) => $"<input type=\"hidden\" name=\"{E(field.Name)}\" value=\"{E(field.Value)}\">";

    public static string MessageForm(string basePath, AntiforgeryField antiforgery, SmsForm form) =>
        $"""
        <form method="post" action="{E(basePath)}/message"><h2>SMS à un contact</h2>{Hidden(antiforgery)}
        <p><label>N° du contact <input name="contactId" type="number" min="1" value="{E(form.ContactId)}" required></label></p>
        <p><label>Texte <textarea name="text" rows="4" cols="60" required>{E(form.Text)}</textarea></label></p>
        <p><label><input type="checkbox" name="promotional" {(form.Promotional is null && form.Action is not null ? string.Empty : "checked")}> Promotionnel (consentement, plages horaires, mention STOP)</label></p>
        <p><button name="action" value="preview">Aperçu</button> <button name="action" value="send">Envoyer</button></p></form>
        """;

    public static string CampaignForm(string basePath, AntiforgeryField antiforgery, SmsForm form) =>
        $"""
        <form method="post" action="{E(basePath)}/campaign"><h2>Nouvelle campagne</h2>{Hidden(antiforgery)}
        <p><label>Nom <input name="name" value="{E(form.Name)}" required maxlength="200"></label></p>
        <p><label>N° du segment de contacts <input name="segmentId" type="number" min="1" value="{E(form.SegmentId)}" required></label></p>
        <p><label>Texte (modèle : {E("{{ contact.first_name }}")}, {E("{{ shop.name }}")}) <textarea name="text" rows="4" cols="60" required>{E(form.Text)}</textarea></label></p>
        <p><button name="action" value="preview">Aperçu</button> <button name="action" value="send">Envoyer la campagne</button></p></form>
        """;

    public static string Campaigns(IEnumerable<CampaignRow> campaigns) =>
        $"""
        <h2>Campagnes</h2><table><thead><tr><th>N°</th><th>Nom</th><th>Statut</th><th>Destinataires</th><th>Envoi à partir de</th></tr></thead><tbody>
        {string.Concat(campaigns.Select(c => $"<tr><td>{c.Id}</td><td>{E(c.Name)}</td><td>{E(Status(c.Status))}</td><td>{E(c.Recipients)}</td><td>{E(c.DueAt?.ToString("g", French))}</td></tr>"))}
        </tbody></table>
        """;

    private static string Status(string status) => status switch
    {
        "draft" => "brouillon",
        "sending" => "en cours",
        "sent" => "envoyée",
        _ => status,
    };
}
