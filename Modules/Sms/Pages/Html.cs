using System.Globalization;
using System.Net;
using ModularCrm.Modules.Sms.Campaigns;
using ModularCrm.Sdk.Web;

namespace ModularCrm.Modules.Sms.Pages;

/// <summary>
/// The page's HTML fragments; every value is encoded here, so callers pass plain text. The words of <see cref="SmsText"/>
/// are constants without markup, inserted as they are (encoding would turn their accents into entities).
/// </summary>
internal static class Html
{
    public static string E(object? value) => WebUtility.HtmlEncode(Convert.ToString(value, CultureInfo.GetCultureInfo("fr-FR")) ?? string.Empty);

    public static string Errors(Dictionary<string, string[]> errors) =>
        errors.Count == 0 ? string.Empty : $"<div class=\"errors\" role=\"alert\"><ul>{string.Concat(errors.Select(e => $"<li>{E(e.Key)} : {E(string.Join(" ", e.Value))}</li>"))}</ul></div>";

    public static string Preview(SmsText t, PreviewView p) =>
        $"""
        <section class="sms-preview"><h3>{t.PreviewHeading}</h3><pre>{E(p.Text)}</pre>
        <p>{t.Format(t.PreviewLine, E(p.Encoding), p.Characters, p.Segments, E(p.CostPerMessage.ToString("C", CultureInfo.GetCultureInfo("fr-FR"))))}</p></section>
        """;

    public static string Hidden(AntiforgeryField field) => $"<input type=\"hidden\" name=\"{E(field.Name)}\" value=\"{E(field.Value)}\">";

    public static string MessageForm(SmsText t, string basePath, AntiforgeryField antiforgery, SmsForm form) =>
        $"""
        <form method="post" action="{E(basePath)}/message"><h2>{t.MessageHeading}</h2>{Hidden(antiforgery)}
        <p><label>{t.ContactNumber} <input name="contactId" type="number" min="1" value="{E(form.ContactId)}" required></label></p>
        <p><label>{t.Text} <textarea name="text" rows="4" cols="60" required>{E(form.Text)}</textarea></label></p>
        <p><label><input type="checkbox" name="promotional" {(form.Promotional is null && form.Action is not null ? string.Empty : "checked")}> {t.Promotional}</label></p>
        <p><button name="action" value="preview">{t.Preview}</button> <button name="action" value="send">{t.Send}</button></p></form>
        """;

    public static string CampaignForm(SmsText t, string basePath, AntiforgeryField antiforgery, SmsForm form) =>
        $"""
        <form method="post" action="{E(basePath)}/campaign"><h2>{t.CampaignHeading}</h2>{Hidden(antiforgery)}
        <p><label>{t.Name} <input name="name" value="{E(form.Name)}" required maxlength="200"></label></p>
        <p><label>{t.Segment} <input name="segmentId" type="number" min="1" value="{E(form.SegmentId)}" required></label></p>
        <p><label>{t.Format(t.TemplateText, E("{{ contact.first_name }}"), E("{{ shop.name }}"))} <textarea name="text" rows="4" cols="60" required>{E(form.Text)}</textarea></label></p>
        <p><button name="action" value="preview">{t.Preview}</button> <button name="action" value="send">{t.SendCampaign}</button></p></form>
        """;

    public static string Campaigns(SmsText t, IEnumerable<CampaignRow> campaigns) =>
        $"""
        <h2>{t.Campaigns}</h2><table><thead><tr><th>{t.Number}</th><th>{t.Name}</th><th>{t.Status}</th><th>{t.Recipients}</th><th>{t.DueAt}</th></tr></thead><tbody>
        {string.Concat(campaigns.Select(c => $"<tr><td>{c.Id}</td><td>{E(c.Name)}</td><td>{t.StatusName(c.Status)}</td><td>{E(c.Recipients)}</td><td>{E(c.DueAt?.ToString("g", t.Culture))}</td></tr>"))}
        </tbody></table>
        """;
}
